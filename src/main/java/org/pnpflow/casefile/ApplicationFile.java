package org.pnpflow.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * The electronic file of one application: the case every stage of the process works on.
 */
@Entity
public class ApplicationFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileNumber;

	private String submissionId;

	private String stream;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Instant receivedAt;

	/** The day received, in the program's time zone. */
	private LocalDate receivedOn;

	/**
	 * The applicant's country of citizenship, kept with the file for the reports after
	 * its personal data is removed.
	 */
	private String citizenship;

	/** Whether a representative acted for the applicant; kept after archiving. */
	private boolean hasRepresentative;

	/** Null once the file is archived and its personal data removed. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "applicant_id")
	private Applicant applicant;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "representative_id")
	private Representative representative;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "employer_id")
	private Employer employer;

	private boolean accompanyingSpouse;

	private boolean inCanada;

	private LocalDate workPermitExpiresOn;

	private String occupationCode;

	@Embedded
	private HumanCapital humanCapital;

	@Enumerated(EnumType.STRING)
	private FileStatus status;

	private String stage;

	private String priority;

	private String flags;

	private BigDecimal expectedFee;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private Instant decidedAt;

	private Instant closedAt;

	private Instant informationDeadline;

	private String processInstanceId;

	private Instant feeBalanceDueBy;

	private String onHold;

	@Version
	private long version;

	protected ApplicationFile() {
	}

	public ApplicationFile(String fileNumber, String submissionId, String stream, Channel channel, Instant receivedAt,
			ZoneId programZone, Applicant applicant) {
		this.fileNumber = fileNumber;
		this.submissionId = submissionId;
		this.stream = stream;
		this.channel = channel;
		this.receivedAt = receivedAt;
		this.receivedOn = receivedAt.atZone(programZone).toLocalDate();
		this.applicant = applicant;
		this.citizenship = applicant.getCountryOfCitizenship();
		this.status = FileStatus.OPEN;
		this.stage = "Receipt";
		this.priority = "NORMAL";
		this.flags = "";
	}

	public Long getId() {
		return this.id;
	}

	public FileNumber getFileNumber() {
		return new FileNumber(this.fileNumber);
	}

	public String getSubmissionId() {
		return this.submissionId;
	}

	public String getStream() {
		return this.stream;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public LocalDate getReceivedOn() {
		return this.receivedOn;
	}

	public String getCitizenship() {
		return this.citizenship;
	}

	public Applicant getApplicant() {
		return this.applicant;
	}

	public Representative getRepresentative() {
		return this.representative;
	}

	public void setRepresentative(Representative representative) {
		this.representative = representative;
		this.hasRepresentative = representative != null;
	}

	public Employer getEmployer() {
		return this.employer;
	}

	public void setEmployer(Employer employer) {
		this.employer = employer;
	}

	public boolean hasAccompanyingSpouse() {
		return this.accompanyingSpouse;
	}

	public boolean isInCanada() {
		return this.inCanada;
	}

	public void setCircumstances(boolean accompanyingSpouse, boolean inCanada, LocalDate workPermitExpiresOn,
			String occupationCode) {
		this.accompanyingSpouse = accompanyingSpouse;
		this.inCanada = inCanada;
		this.workPermitExpiresOn = workPermitExpiresOn;
		this.occupationCode = occupationCode;
	}

	public HumanCapital getHumanCapital() {
		return this.humanCapital;
	}

	public void setHumanCapital(HumanCapital humanCapital) {
		this.humanCapital = humanCapital;
	}

	public LocalDate getWorkPermitExpiresOn() {
		return this.workPermitExpiresOn;
	}

	public String getOccupationCode() {
		return this.occupationCode;
	}

	public FileStatus getStatus() {
		return this.status;
	}

	public String getStage() {
		return this.stage;
	}

	public void moveToStage(String stage) {
		this.stage = stage;
	}

	public String getPriority() {
		return this.priority;
	}

	public Set<String> getFlags() {
		Set<String> result = new LinkedHashSet<>();
		Arrays.stream(this.flags.split(",")).map(String::trim).filter((flag) -> !flag.isEmpty()).forEach(result::add);
		return result;
	}

	public void triage(String priority, Set<String> flags) {
		this.priority = priority;
		Set<String> all = getFlags();
		all.addAll(flags);
		this.flags = String.join(",", all);
	}

	public BigDecimal getExpectedFee() {
		return this.expectedFee;
	}

	public void setExpectedFee(BigDecimal expectedFee) {
		this.expectedFee = expectedFee;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	/**
	 * Records the end of processing. Nominations and refusals are decisions; withdrawals
	 * and incomplete files are closures.
	 */
	public void conclude(Outcome outcome, Instant at) {
		if (this.outcome != null) {
			throw new IllegalStateException("File " + this.fileNumber + " already has the outcome " + this.outcome);
		}
		this.outcome = outcome;
		if (outcome.isDecision()) {
			this.decidedAt = at;
			this.status = FileStatus.DECIDED;
		}
		else {
			this.closedAt = at;
			this.status = FileStatus.CLOSED;
		}
		this.stage = outcome.getLabel();
	}

	public void markArchived() {
		this.status = FileStatus.ARCHIVED;
		this.stage = "Archived";
	}

	public Instant getInformationDeadline() {
		return this.informationDeadline;
	}

	public void setInformationDeadline(Instant informationDeadline) {
		this.informationDeadline = informationDeadline;
	}

	public Instant getFeeBalanceDueBy() {
		return this.feeBalanceDueBy;
	}

	public void setFeeBalanceDueBy(Instant feeBalanceDueBy) {
		this.feeBalanceDueBy = feeBalanceDueBy;
	}

	/** Why the file is on hold (a payment was reversed), or null when it is not. */
	public String getOnHold() {
		return this.onHold;
	}

	public boolean isOnHold() {
		return this.onHold != null;
	}

	public void hold(String reason) {
		this.onHold = reason;
	}

	public void release() {
		this.onHold = null;
	}

	public boolean isOpen() {
		return this.status == FileStatus.OPEN;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public void setProcessInstanceId(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

}
