package org.pnpflow.triage;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.process.CaseFiles;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Component;

/**
 * {@code ${triageApplication}}: sets the file's priority and flags from the
 * {@code TriagePriority} and {@code TriageFlags} decision tables.
 */
@Component("triageApplication")
class TriageDelegate implements JavaDelegate {

	/** Used for the work-permit input when the applicant holds no work permit. */
	static final long NO_WORK_PERMIT = 99_999;

	static final String SITE_VISIT_FLAG = "SITE_VISIT";

	private final CaseFiles caseFiles;

	private final ApplicationFileRepository files;

	private final DecisionService decisions;

	private final PnpProperties properties;

	private final ProgramClock clock;

	TriageDelegate(CaseFiles caseFiles, ApplicationFileRepository files, DecisionService decisions,
			PnpProperties properties, ProgramClock clock) {
		this.caseFiles = caseFiles;
		this.files = files;
		this.decisions = decisions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ApplicationFile file = this.caseFiles.of(execution);
		VariableMap inputs = inputsFor(file);
		DmnDecisionResult priority = this.decisions.evaluateDecisionByKey("TriagePriority")
			.variables(inputs)
			.evaluate();
		DmnDecisionResult flagRows = this.decisions.evaluateDecisionByKey("TriageFlags").variables(inputs).evaluate();
		String priorityLevel = priority.isEmpty() ? "NORMAL" : priority.getFirstResult().getEntry("priority");
		Object taskPriority = priority.isEmpty() ? null : priority.getFirstResult().get("taskPriority");
		Set<String> flags = new LinkedHashSet<>();
		for (DmnDecisionResultEntries row : flagRows) {
			Object flag = row.get("flag");
			if (flag != null) {
				flags.add(flag.toString());
			}
		}
		file.triage(priorityLevel, flags);
		execution.setVariable(ProcessVariables.PRIORITY, priorityLevel);
		execution.setVariable(ProcessVariables.FLAGS, String.join(", ", file.getFlags()));
		execution.setVariable(ProcessVariables.TASK_PRIORITY,
				taskPriority == null ? 50 : ((Number) taskPriority).intValue());
		execution.setVariable(ProcessVariables.SITE_VISIT_REQUIRED, file.getFlags().contains(SITE_VISIT_FLAG));
	}

	VariableMap inputsFor(ApplicationFile file) {
		long workPermitDaysLeft = file.getWorkPermitExpiresOn() == null ? NO_WORK_PERMIT
				: ChronoUnit.DAYS.between(this.clock.today(), file.getWorkPermitExpiresOn());
		long priorApplications = this.files.countOtherFilesOfSamePerson(file.getId(),
				file.getApplicant().getPassportNumber(), file.getApplicant().getFamilyName(),
				file.getApplicant().getDateOfBirth());
		boolean watchListed = file.getRepresentative() != null && this.properties.getWatchListedRepresentatives()
			.contains(file.getRepresentative().getLicenceNumber());
		return Variables.createVariables()
			.putValue("stream", file.getStream())
			.putValue("workPermitDaysLeft", workPermitDaysLeft)
			.putValue("priorApplications", priorApplications)
			.putValue("representativeWatchListed", watchListed);
	}

}
