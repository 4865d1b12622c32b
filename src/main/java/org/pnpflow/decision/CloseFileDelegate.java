package org.pnpflow.decision;

import org.springframework.stereotype.Component;

/**
 * {@code ${closeFile}}: the same recording as {@link RecordDecisionDelegate}, named for
 * closures so the diagram reads as what happens.
 */
@Component("closeFile")
class CloseFileDelegate extends RecordDecisionDelegate {

	CloseFileDelegate(org.pnpflow.process.CaseFiles files, org.pnpflow.verification.MisrepresentationBans bans,
			org.pnpflow.fees.Refunds refunds, org.pnpflow.process.ProgramClock clock,
			org.pnpflow.process.CaseTimeline timeline) {
		super(files, bans, refunds, clock, timeline);
	}

}
