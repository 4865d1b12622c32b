package org.pnpflow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Where a file stands, as the portal and staff see it: no personal data.
 */
record ApplicationStatus(String fileNumber, String stream, String streamName, String status, String stage,
		Instant receivedAt, String priority, Set<String> flags, String outcome, List<OpenTask> openTasks,
		List<OutstandingItem> outstandingItems, Instant informationDeadline, String waitingFor,
		String certificateNumber, String certificateStatus) {

	record OpenTask(String name, String queue, Instant due, String assignee) {
	}

	record OutstandingItem(String documentType, String state, String problem) {
	}

}
