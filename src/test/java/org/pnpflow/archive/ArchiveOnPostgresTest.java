package org.pnpflow.archive;

import org.pnpflow.LocalPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive tests again on PostgreSQL, the production database, in a database of its
 * own ({@link LocalPostgres}): the package, the removal of personal data table by table
 * and the access-request search run as SQL there.
 */
@DirtiesContext
@ActiveProfiles({ "test", "postgres" })
class ArchiveOnPostgresTest extends ArchiveTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LocalPostgres.create("pnp_archive", registry);
	}

}
