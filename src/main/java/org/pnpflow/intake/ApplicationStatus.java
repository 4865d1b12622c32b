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

	/**
	 * What the applicant's side (the portal) may see: no flags, priority, staff tasks or
	 * who works on the file; the stage only as "with the program" or "waiting for you".
	 */
	ApplicationStatus forApplicant() {
		String applicantStage = this.waitingFor != null && this.waitingFor.startsWith("APPLICANT")
				? "Waiting for the applicant" : this.outcome != null ? this.stage : "In processing";
		return new ApplicationStatus(this.fileNumber, this.stream, this.streamName, this.status, applicantStage,
				this.receivedAt, null, Set.of(), this.outcome, List.of(), this.outstandingItems,
				this.informationDeadline, this.waitingFor, this.certificateNumber, this.certificateStatus);
	}

	record OpenTask(String name, String queue, Instant due, String assignee) {
	}

	record OutstandingItem(String documentType, String state, String problem) {
	}

}
