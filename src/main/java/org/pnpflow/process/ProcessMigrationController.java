package org.pnpflow.process;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/process-migrations}: administrators move running cases to the
 * newest version of the process after a deployment.
 */
@RestController
class ProcessMigrationController {

	private final ProcessMigrations migrations;

	ProcessMigrationController(ProcessMigrations migrations) {
		this.migrations = migrations;
	}

	@PostMapping("/api/admin/process-migrations")
	ResponseEntity<List<ProcessMigrations.Result>> migrate(HttpServletRequest http) {
		ApiUser.require(http, List.of(Groups.ADMINS), "Only an administrator moves running cases to a new version.");
		return ResponseEntity.ok(this.migrations.migrateToLatest());
	}

}
