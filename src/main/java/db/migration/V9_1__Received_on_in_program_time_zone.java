package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sets the day each existing file was received, in the program's time zone (the Flyway
 * placeholder {@code program-time-zone}, from {@code pnp.time-zone}): the databases do
 * not agree on how to convert a time to a day in a named zone, so it is done here, once.
 */
public class V9_1__Received_on_in_program_time_zone extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		ZoneId zone = ZoneId
			.of(context.getConfiguration().getPlaceholders().getOrDefault("program-time-zone", "America/Toronto"));
		try (Statement select = context.getConnection().createStatement();
				ResultSet files = select
					.executeQuery("select id, received_at from application_file where received_on is null");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update application_file set received_on = ? where id = ?")) {
			int pending = 0;
			while (files.next()) {
				OffsetDateTime received = files.getObject("received_at", OffsetDateTime.class);
				update.setObject(1, received.atZoneSameInstant(zone).toLocalDate());
				update.setLong(2, files.getLong("id"));
				update.addBatch();
				if (++pending % 1_000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}

}
