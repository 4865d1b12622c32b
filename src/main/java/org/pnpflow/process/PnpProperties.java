package org.pnpflow.process;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything a province changes to run PNP Flow as its own: program name, numbering,
 * streams, deadlines, retention. Bound from the {@code pnp.*} properties.
 */
@ConfigurationProperties("pnp")
public class PnpProperties {

	private String programName = "Provincial Nominee Program";

	private String programNameFr = "Programme des candidats de la province";

	private String fileNumberPrefix = "PNP";

	private String certificateNumberPrefix = "PNP-NC";

	private Map<String, Stream> streams = new LinkedHashMap<>();

	private Map<String, Named> documentTypes = new LinkedHashMap<>();

	private Deadlines deadlines = new Deadlines();

	private Period certificateValidity = Period.ofMonths(6);

	private Documents documents = new Documents();

	private Letterhead letterhead = new Letterhead();

	private Mail mail = new Mail();

	private String publicBaseUrl = "http://localhost:8080";

	/**
	 * A directory whose templates take precedence over the built-in ones (letters/,
	 * certificates/).
	 */
	private String templateDirectory;

	private String certificateNumberPattern = "{prefix}-{year}-{number}";

	private Duration certificateExpiryNoticeBefore = Duration.ofDays(30);

	private Period certificateExtension = Period.ofMonths(6);

	private Tasks tasks = new Tasks();

	private Map<String, Period> retention = new LinkedHashMap<>();

	private List<String> watchListedRepresentatives = List.of();

	private List<LocalDate> statutoryHolidays = List.of();

	private Integrity integrity = new Integrity();

	private Verification verification = new Verification();

	private FeeRules fees = new FeeRules();

	public String getProgramName() {
		return this.programName;
	}

	public void setProgramName(String programName) {
		this.programName = programName;
	}

	public String getProgramNameFr() {
		return this.programNameFr;
	}

	public void setProgramNameFr(String programNameFr) {
		this.programNameFr = programNameFr;
	}

	public String getFileNumberPrefix() {
		return this.fileNumberPrefix;
	}

	public void setFileNumberPrefix(String fileNumberPrefix) {
		this.fileNumberPrefix = fileNumberPrefix;
	}

	public String getCertificateNumberPrefix() {
		return this.certificateNumberPrefix;
	}

	public void setCertificateNumberPrefix(String certificateNumberPrefix) {
		this.certificateNumberPrefix = certificateNumberPrefix;
	}

	public Map<String, Stream> getStreams() {
		return this.streams;
	}

	public void setStreams(Map<String, Stream> streams) {
		this.streams = streams;
	}

	public Map<String, Named> getDocumentTypes() {
		return this.documentTypes;
	}

	public void setDocumentTypes(Map<String, Named> documentTypes) {
		this.documentTypes = documentTypes;
	}

	public Deadlines getDeadlines() {
		return this.deadlines;
	}

	public void setDeadlines(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	public Period getCertificateValidity() {
		return this.certificateValidity;
	}

	public void setCertificateValidity(Period certificateValidity) {
		this.certificateValidity = certificateValidity;
	}

	public Letterhead getLetterhead() {
		return this.letterhead;
	}

	public void setLetterhead(Letterhead letterhead) {
		this.letterhead = letterhead;
	}

	public Mail getMail() {
		return this.mail;
	}

	public void setMail(Mail mail) {
		this.mail = mail;
	}

	public String getTemplateDirectory() {
		return this.templateDirectory;
	}

	public void setTemplateDirectory(String templateDirectory) {
		this.templateDirectory = templateDirectory;
	}

	public String getPublicBaseUrl() {
		return this.publicBaseUrl;
	}

	public void setPublicBaseUrl(String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	public String getCertificateNumberPattern() {
		return this.certificateNumberPattern;
	}

	public void setCertificateNumberPattern(String certificateNumberPattern) {
		this.certificateNumberPattern = certificateNumberPattern;
	}

	public Duration getCertificateExpiryNoticeBefore() {
		return this.certificateExpiryNoticeBefore;
	}

	public void setCertificateExpiryNoticeBefore(Duration certificateExpiryNoticeBefore) {
		this.certificateExpiryNoticeBefore = certificateExpiryNoticeBefore;
	}

	public Period getCertificateExtension() {
		return this.certificateExtension;
	}

	public void setCertificateExtension(Period certificateExtension) {
		this.certificateExtension = certificateExtension;
	}

	public Documents getDocuments() {
		return this.documents;
	}

	public void setDocuments(Documents documents) {
		this.documents = documents;
	}

	public Tasks getTasks() {
		return this.tasks;
	}

	public void setTasks(Tasks tasks) {
		this.tasks = tasks;
	}

	public Map<String, Period> getRetention() {
		return this.retention;
	}

	public void setRetention(Map<String, Period> retention) {
		this.retention = retention;
	}

	public List<String> getWatchListedRepresentatives() {
		return this.watchListedRepresentatives;
	}

	public void setWatchListedRepresentatives(List<String> watchListedRepresentatives) {
		this.watchListedRepresentatives = watchListedRepresentatives;
	}

	public List<LocalDate> getStatutoryHolidays() {
		return this.statutoryHolidays;
	}

	public void setStatutoryHolidays(List<LocalDate> statutoryHolidays) {
		this.statutoryHolidays = statutoryHolidays;
	}

	public FeeRules getFees() {
		return this.fees;
	}

	public void setFees(FeeRules fees) {
		this.fees = fees;
	}

	/**
	 * Rules about fees a province sets: when fees are refunded and who approves a refund.
	 */
	public static class FeeRules {

		/** Refunds above this amount (CAD) need a manager's approval. */
		private java.math.BigDecimal refundApprovalAbove = new java.math.BigDecimal("500.00");

		/**
		 * Outcomes after which whatever was paid is refunded (a withdrawal, for one, is
		 * not). An overpayment is always refunded.
		 */
		private List<String> refundOnOutcomes = List.of("CLOSED_INCOMPLETE");

		public java.math.BigDecimal getRefundApprovalAbove() {
			return this.refundApprovalAbove;
		}

		public void setRefundApprovalAbove(java.math.BigDecimal refundApprovalAbove) {
			this.refundApprovalAbove = refundApprovalAbove;
		}

		public List<String> getRefundOnOutcomes() {
			return this.refundOnOutcomes;
		}

		public void setRefundOnOutcomes(List<String> refundOnOutcomes) {
			this.refundOnOutcomes = refundOnOutcomes;
		}

	}

	public Integrity getIntegrity() {
		return this.integrity;
	}

	public void setIntegrity(Integrity integrity) {
		this.integrity = integrity;
	}

	public Verification getVerification() {
		return this.verification;
	}

	public void setVerification(Verification verification) {
		this.verification = verification;
	}

	/**
	 * Program integrity's rules.
	 */
	public static class Integrity {

		/**
		 * How long a finding of misrepresentation bars the person from applying again.
		 */
		private Period misrepresentationBan = Period.ofYears(5);

		public Period getMisrepresentationBan() {
			return this.misrepresentationBan;
		}

		public void setMisrepresentationBan(Period misrepresentationBan) {
			this.misrepresentationBan = misrepresentationBan;
		}

	}

	/**
	 * What verification sends to program integrity.
	 */
	public static class Verification {

		/**
		 * Also refer a file when a check could not be made (a register without the
		 * employer, licence or credential), not only on a concern.
		 */
		private boolean referUnableToVerify = true;

		/**
		 * The outside registries every file is checked against, as external-task topics
		 * (those the file has something to check for: an employer, a representative, an
		 * education credential).
		 */
		private List<String> registryTopics = List.of("verify-employer-registration", "verify-representative-licence",
				"verify-education-credential");

		public List<String> getRegistryTopics() {
			return this.registryTopics;
		}

		public void setRegistryTopics(List<String> registryTopics) {
			this.registryTopics = registryTopics;
		}

		public boolean isReferUnableToVerify() {
			return this.referUnableToVerify;
		}

		public void setReferUnableToVerify(boolean referUnableToVerify) {
			this.referUnableToVerify = referUnableToVerify;
		}

	}

	/**
	 * Something with an English and a French name.
	 */
	public static class Named {

		private String name;

		private String nameFr;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getNameFr() {
			return this.nameFr;
		}

		public void setNameFr(String nameFr) {
			this.nameFr = nameFr;
		}

		public String in(org.pnpflow.casefile.Language language) {
			return language == org.pnpflow.casefile.Language.FR && this.nameFr != null ? this.nameFr : this.name;
		}

	}

	/**
	 * A stream of the program: its names and whether an employer is part of the
	 * application.
	 */
	public static class Stream extends Named {

		private boolean employerRequired;

		/** What the officer confirms at assessment before recommending a nomination. */
		private List<String> criteria = List.of();

		public List<String> getCriteria() {
			return this.criteria;
		}

		public void setCriteria(List<String> criteria) {
			this.criteria = criteria;
		}

		public boolean isEmployerRequired() {
			return this.employerRequired;
		}

		public void setEmployerRequired(boolean employerRequired) {
			this.employerRequired = employerRequired;
		}

	}

	/**
	 * Deadlines given to applicants.
	 */
	public static class Deadlines {

		private Duration missingInformation = Duration.ofDays(30);

		private Duration missingInformationReminderBefore = Duration.ofDays(7);

		private Duration proceduralFairness = Duration.ofDays(30);

		/**
		 * Business days the applicant has to answer a no-show notice before closure is
		 * recommended.
		 */
		private int interviewReplyBusinessDays = 10;

		/** How long an underpaid applicant has to pay the balance. */
		private Duration feeBalance = Duration.ofDays(30);

		public Duration getFeeBalance() {
			return this.feeBalance;
		}

		public void setFeeBalance(Duration feeBalance) {
			this.feeBalance = feeBalance;
		}

		/** Business days the applicant has to send what program integrity asks for. */
		private int integrityInformationBusinessDays = 20;

		public int getInterviewReplyBusinessDays() {
			return this.interviewReplyBusinessDays;
		}

		public void setInterviewReplyBusinessDays(int interviewReplyBusinessDays) {
			this.interviewReplyBusinessDays = interviewReplyBusinessDays;
		}

		public int getIntegrityInformationBusinessDays() {
			return this.integrityInformationBusinessDays;
		}

		public void setIntegrityInformationBusinessDays(int integrityInformationBusinessDays) {
			this.integrityInformationBusinessDays = integrityInformationBusinessDays;
		}

		public Duration getMissingInformation() {
			return this.missingInformation;
		}

		public void setMissingInformation(Duration missingInformation) {
			this.missingInformation = missingInformation;
		}

		public Duration getMissingInformationReminderBefore() {
			return this.missingInformationReminderBefore;
		}

		public void setMissingInformationReminderBefore(Duration missingInformationReminderBefore) {
			this.missingInformationReminderBefore = missingInformationReminderBefore;
		}

		public Duration getProceduralFairness() {
			return this.proceduralFairness;
		}

		public void setProceduralFairness(Duration proceduralFairness) {
			this.proceduralFairness = proceduralFairness;
		}

	}

	/**
	 * What every letter carries at its head and foot.
	 */
	public static class Letterhead {

		private List<String> addressLines = List.of();

		private String phone;

		private String email;

		private String website;

		private String signatureName = "Program Manager";

		private String signatureTitle = "Provincial Nominee Program";

		private String directorTitle = "Executive Director";

		public List<String> getAddressLines() {
			return this.addressLines;
		}

		public void setAddressLines(List<String> addressLines) {
			this.addressLines = addressLines;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getWebsite() {
			return this.website;
		}

		public void setWebsite(String website) {
			this.website = website;
		}

		public String getSignatureName() {
			return this.signatureName;
		}

		public void setSignatureName(String signatureName) {
			this.signatureName = signatureName;
		}

		public String getSignatureTitle() {
			return this.signatureTitle;
		}

		public void setSignatureTitle(String signatureTitle) {
			this.signatureTitle = signatureTitle;
		}

		public String getDirectorTitle() {
			return this.directorTitle;
		}

		public void setDirectorTitle(String directorTitle) {
			this.directorTitle = directorTitle;
		}

	}

	/**
	 * Sending letters by email.
	 */
	public static class Mail {

		/**
		 * Off: letters are made and kept, not emailed (demo and tests without a mail
		 * server).
		 */
		private boolean enabled = true;

		private String from = "pnp@province.example";

		/**
		 * How long after an email was handed to the mail server an operator may record
		 * its fate: until then its sender may still be waiting for the server's answer
		 * (the connection, write and read timeouts of {@code spring.mail.properties}).
		 */
		private java.time.Duration confirmAfter = java.time.Duration.ofMinutes(2);

		public java.time.Duration getConfirmAfter() {
			return this.confirmAfter;
		}

		public void setConfirmAfter(java.time.Duration confirmAfter) {
			this.confirmAfter = confirmAfter;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getFrom() {
			return this.from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

	}

	/**
	 * Rules of the document check and of uploads that are not per stream (those are in
	 * the {@code DocumentChecklist} decision table).
	 */
	public static class Documents {

		/**
		 * A document with an expiry date must stay valid at least this long after it is
		 * checked.
		 */
		private Period validityHorizon = Period.ofMonths(4);

		/**
		 * Document types whose holder is not the applicant: no name or birth-date
		 * comparison.
		 */
		private List<String> otherHolderTypes = List.of("SPOUSE_PASSPORT", "PROOF_OF_RELATIONSHIP", "JOB_OFFER",
				"EMPLOYER_DECLARATION", "BUSINESS_PLAN");

		/** The largest upload accepted, in bytes. */
		private long maxUploadBytes = 10 * 1024 * 1024;

		/**
		 * Restart the applicant's deadline when they answer in part and are asked again.
		 */
		private boolean restartDeadlineOnPartialAnswer = false;

		public Period getValidityHorizon() {
			return this.validityHorizon;
		}

		public void setValidityHorizon(Period validityHorizon) {
			this.validityHorizon = validityHorizon;
		}

		public List<String> getOtherHolderTypes() {
			return this.otherHolderTypes;
		}

		public void setOtherHolderTypes(List<String> otherHolderTypes) {
			this.otherHolderTypes = otherHolderTypes;
		}

		public long getMaxUploadBytes() {
			return this.maxUploadBytes;
		}

		public void setMaxUploadBytes(long maxUploadBytes) {
			this.maxUploadBytes = maxUploadBytes;
		}

		public boolean isRestartDeadlineOnPartialAnswer() {
			return this.restartDeadlineOnPartialAnswer;
		}

		public void setRestartDeadlineOnPartialAnswer(boolean restartDeadlineOnPartialAnswer) {
			this.restartDeadlineOnPartialAnswer = restartDeadlineOnPartialAnswer;
		}

	}

	/**
	 * Due dates of staff tasks, counted from the moment a task is created.
	 */
	/**
	 * How long staff have for each task, in working days: Monday to Friday less the
	 * statutory holidays, and less the days the file waits on the applicant while the
	 * task is open. A task is due at the end of its last working day; a team view calls
	 * it due soon {@link #dueSoonWorkingDays} working days before.
	 */
	public static class Tasks {

		private int defaultDue = 5;

		private Map<String, Integer> due = new LinkedHashMap<>();

		private int dueSoonWorkingDays = 2;

		public int getDefaultDue() {
			return this.defaultDue;
		}

		public void setDefaultDue(int defaultDue) {
			this.defaultDue = requirePositive("pnp.tasks.default-due", defaultDue);
		}

		public Map<String, Integer> getDue() {
			return this.due;
		}

		public void setDue(Map<String, Integer> due) {
			due.forEach((task, days) -> requirePositive("pnp.tasks.due." + task, days));
			this.due = due;
		}

		public int getDueSoonWorkingDays() {
			return this.dueSoonWorkingDays;
		}

		public void setDueSoonWorkingDays(int dueSoonWorkingDays) {
			this.dueSoonWorkingDays = requirePositive("pnp.tasks.due-soon-working-days", dueSoonWorkingDays);
		}

		/** The working days staff have for a task of this id. */
		public int workingDaysFor(String taskDefinitionKey) {
			return this.due.getOrDefault(taskDefinitionKey, this.defaultDue);
		}

		private static int requirePositive(String property, Integer days) {
			if (days == null || days < 0) {
				throw new IllegalArgumentException(property + " is a number of working days (0 or more), not " + days);
			}
			return days;
		}

	}

}
