package org.pnpflow.process;

/**
 * Names of the variables of {@code PnpApplicationProcess}. They hold ids and routing
 * facts only: the case itself lives in our tables.
 */
public final class ProcessVariables {

	public static final String PROCESS_KEY = "PnpApplicationProcess";

	public static final String APPLICATION_ID = "applicationId";

	public static final String FILE_NUMBER = "fileNumber";

	public static final String STREAM = "stream";

	public static final String STREAM_NAME = "streamName";

	public static final String HAS_EMPLOYER = "hasEmployer";

	public static final String HAS_REPRESENTATIVE = "hasRepresentative";

	public static final String HAS_EDUCATION_CREDENTIAL = "hasEducationCredential";

	/** When the applicant's time to send what program integrity asked for ends. */
	public static final String INTEGRITY_INFORMATION_DEADLINE = "integrityInformationDeadline";

	public static final String INTEGRITY_FINDING = "integrityFinding";

	/**
	 * Set when program integrity finds misrepresentation; a refusal then bans the person.
	 */
	public static final String MISREPRESENTATION_FOUND = "misrepresentationFound";

	/** True once an interview was held: no nomination without one. */
	public static final String INTERVIEW_HELD = "interviewHeld";

	public static final String INTERVIEW_OUTCOME = "interviewOutcome";

	/** When the applicant's time to answer a no-show notice ends (business days). */
	public static final String INTERVIEW_REPLY_DEADLINE = "interviewReplyDeadline";

	public static final String SITE_VISIT_CONCERN = "siteVisitConcern";

	public static final String CLOSURE_DECISION = "closureDecision";

	public static final String PRIORITY = "priority";

	public static final String FLAGS = "flags";

	public static final String TASK_PRIORITY = "taskPriority";

	public static final String FEE_STATUS = "feeStatus";

	public static final String DOCUMENTS_COMPLETE = "documentsComplete";

	public static final String SITE_VISIT_REQUIRED = "siteVisitRequired";

	public static final String INFORMATION_DEADLINE = "informationDeadline";

	public static final String INFORMATION_REMINDER_AT = "informationReminderAt";

	public static final String VERIFICATION_CONCERN = "verificationConcern";

	public static final String DECISION = "decision";

	public static final String OUTCOME = "outcome";

	public static final String WORK_PERMIT_SUPPORT_REQUESTED = "workPermitSupportRequested";

	public static final String CERTIFICATE_EXPIRES_AT = "certificateExpiresAt";

	public static final String CERTIFICATE_NOTICE_AT = "certificateNoticeAt";

	public static final String PERMANENT_RESIDENCE_OUTCOME = "permanentResidenceOutcome";

	/**
	 * Task-local, shown at the top of every form: who, which stream, flags, earlier
	 * outcomes.
	 */
	public static final String CASE_SUMMARY = "caseSummary";

	/** Task-local, what this particular task needs to decide. */
	public static final String TASK_DETAILS = "taskDetails";

	/** Inputs of delegates, set with camunda:inputParameter in the BPMN. */
	public static final String LETTER_TYPE = "letterType";

	public static final String CLOSURE_OUTCOME = "closureOutcome";

	public static final String DECISION_OUTCOME = "decisionOutcome";

	/** The registry topic a multi-instance outside-registry check runs for. */
	public static final String REGISTRY_TOPIC = "registryTopic";

	public static final String REGISTRY_REFERENCE = "registryReference";

	public static final String REGISTRY_SUBJECT = "registrySubject";

	public static final String REGISTRY_SUBJECT_BORN = "registrySubjectBorn";

	public static final String REGISTRY_RESULT = "registryResult";

	public static final String REGISTRY_EVIDENCE = "registryEvidence";

	public static final String REGISTRY_CHECKED_BY = "registryCheckedBy";

	/**
	 * What an outside-registry check is given and answers: names, dates of birth and what
	 * was found stay in our tables, never in Camunda's history.
	 */
	public static final java.util.Set<String> REGISTRY_VARIABLES = java.util.Set.of(REGISTRY_REFERENCE,
			REGISTRY_SUBJECT, REGISTRY_SUBJECT_BORN, REGISTRY_RESULT, REGISTRY_EVIDENCE, REGISTRY_CHECKED_BY);

	public static final String MESSAGE_DOCUMENTS_RECEIVED = "DocumentsReceived";

	public static final String MESSAGE_FAIRNESS_RESPONSE_RECEIVED = "FairnessResponseReceived";

	public static final String MESSAGE_PAYMENT_RECEIVED = "PaymentReceived";

	public static final String MESSAGE_PAYMENT_REVERSED = "PaymentReversed";

	/** When the balance of an underpaid fee is due. */
	public static final String FEE_BALANCE_DEADLINE = "feeBalanceDeadline";

	public static final String MESSAGE_INTERVIEW_REPLY_RECEIVED = "InterviewReplyReceived";

	public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

	public static final String MESSAGE_PERMANENT_RESIDENCE_DECIDED = "PermanentResidenceDecided";

	public static final String MESSAGE_NOMINATION_WITHDRAWN = "NominationWithdrawn";

	public static final String MESSAGE_CERTIFICATE_EXTENSION_REQUESTED = "CertificateExtensionRequested";

	private ProcessVariables() {
	}

}
