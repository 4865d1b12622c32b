package org.pnpflow.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.pnpflow.assessment.PointsGrid;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.Channel;
import org.pnpflow.casefile.Employer;
import org.pnpflow.casefile.HumanCapital;
import org.pnpflow.casefile.Representative;
import org.pnpflow.documents.Document;
import org.pnpflow.documents.DocumentChecks;
import org.pnpflow.documents.DocumentRepository;
import org.pnpflow.fees.PaymentMethod;
import org.pnpflow.fees.PaymentRefusedException;
import org.pnpflow.fees.Payments;
import org.pnpflow.intake.InvalidRequestException.FieldProblem;
import org.pnpflow.numbering.NumberSequences;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.ProcessVariables;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Receives applications: checks them whole, stamps the time of receipt, allots the file
 * number, creates the file and starts its process, all in one transaction. The same
 * submission twice gives back the first file.
 */
@Service
class Intake {

	static final String FILE_SEQUENCE = "FILE";

	private final ApplicationFileRepository files;

	private final ApplicantRepository applicants;

	private final RepresentativeRepository representatives;

	private final EmployerRepository employers;

	private final DocumentRepository documents;

	private final Payments payments;

	private final NumberSequences numbers;

	private final RuntimeService runtime;

	private final Validator validator;

	private final Streams streams;

	private final DocumentChecks documentChecks;

	private final PnpProperties properties;

	private final PointsGrid pointsGrid;

	private final ProgramClock clock;

	private final ApplicationEventPublisher events;

	Intake(ApplicationFileRepository files, ApplicantRepository applicants, RepresentativeRepository representatives,
			EmployerRepository employers, DocumentRepository documents, Payments payments, NumberSequences numbers,
			RuntimeService runtime, Validator validator, Streams streams, DocumentChecks documentChecks,
			PnpProperties properties, PointsGrid pointsGrid, ProgramClock clock, ApplicationEventPublisher events) {
		this.files = files;
		this.applicants = applicants;
		this.representatives = representatives;
		this.employers = employers;
		this.documents = documents;
		this.payments = payments;
		this.numbers = numbers;
		this.runtime = runtime;
		this.validator = validator;
		this.streams = streams;
		this.documentChecks = documentChecks;
		this.properties = properties;
		this.pointsGrid = pointsGrid;
		this.clock = clock;
		this.events = events;
	}

	/** The outcome of a submission: the file, and whether this call created it. */
	record Receipt(ApplicationFile file, boolean created) {
	}

	@Transactional
	Receipt receive(ApplicationRequest request, String receivedBy) {
		validate(request);
		Optional<ApplicationFile> earlier = this.files.findBySubmissionId(request.submissionId());
		if (earlier.isPresent()) {
			return new Receipt(earlier.get(), false);
		}
		Instant receivedAt = this.clock.now();
		int year = LocalDate.ofInstant(receivedAt, this.clock.zone()).getYear();
		long sequence = this.numbers.next(FILE_SEQUENCE, year);
		// the counter's row lock orders concurrent submissions: look again now that we
		// hold it
		earlier = this.files.findBySubmissionId(request.submissionId());
		if (earlier.isPresent()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Receipt(earlier.get(), false);
		}
		String fileNumber = String.format("%s-%d-%06d", this.properties.getFileNumberPrefix(), year, sequence);
		ApplicationFile file = this.files.save(newFile(request, fileNumber, receivedAt));
		recordDocumentsAndPayment(request, file, receivedBy);
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(ProcessVariables.PROCESS_KEY)
			.businessKey(fileNumber)
			.setVariables(Variables.createVariables()
				.putValue(ProcessVariables.APPLICATION_ID, file.getId())
				.putValue(ProcessVariables.FILE_NUMBER, fileNumber)
				.putValue(ProcessVariables.STREAM, file.getStream())
				.putValue(ProcessVariables.STREAM_NAME, this.streams.nameOf(file.getStream()))
				.putValue(ProcessVariables.HAS_EMPLOYER, file.getEmployer() != null)
				.putValue(ProcessVariables.HAS_REPRESENTATIVE, file.getRepresentative() != null)
				.putValue(ProcessVariables.HAS_EDUCATION_CREDENTIAL,
						file.getHumanCapital().getEducationCredentialReference() != null)
				.putValue(ProcessVariables.INTERVIEW_HELD, false)
				.putValue(ProcessVariables.MISREPRESENTATION_FOUND, false)
				.putValue(ProcessVariables.PRIORITY, file.getPriority())
				.putValue(ProcessVariables.FLAGS, ""))
			.execute();
		file.setProcessInstanceId(instance.getId());
		this.events.publishEvent(new ApplicationReceived(file.getStream(), file.getChannel().name()));
		return new Receipt(file, true);
	}

	private ApplicationFile newFile(ApplicationRequest request, String fileNumber, Instant receivedAt) {
		ApplicationRequest.ApplicantRequest a = request.applicant();
		Applicant applicant = this.applicants
			.save(new Applicant(a.familyName().trim(), a.givenNames().trim(), a.dateOfBirth(), a.countryOfCitizenship(),
					a.passportNumber(), a.email(), a.phone(), a.address(), a.preferredLanguage()));
		ApplicationFile file = new ApplicationFile(fileNumber, request.submissionId(), request.stream(),
				request.channel() == null ? Channel.PORTAL : Channel.valueOf(request.channel()), receivedAt,
				this.clock.zone(), applicant);
		file.setCircumstances(request.accompanyingSpouse(), request.inCanada(), request.workPermitExpiresOn(),
				request.occupationCode());
		ApplicationRequest.HumanCapitalRequest h = request.humanCapital();
		file.setHumanCapital(h == null ? new HumanCapital(null, null, null, null, request.employer() != null, null)
				: new HumanCapital(h.educationLevel(), blankToNull(h.educationCredentialReference()),
						h.languageBenchmark(), h.experienceYears(), request.employer() != null,
						h.provincialConnection()));
		if (request.representative() != null) {
			ApplicationRequest.RepresentativeRequest r = request.representative();
			file.setRepresentative(this.representatives
				.save(new Representative(r.fullName(), r.organisation(), r.licenceNumber(), r.email())));
		}
		if (request.employer() != null) {
			ApplicationRequest.EmployerRequest e = request.employer();
			file.setEmployer(this.employers.save(new Employer(e.legalName(), e.businessNumber(), e.address(),
					e.contactName(), e.contactPhone(), e.contactEmail())));
		}
		return file;
	}

	private void recordDocumentsAndPayment(ApplicationRequest request, ApplicationFile file, String receivedBy) {
		String channel = file.getChannel() == Channel.PAPER ? "PAPER" : "PORTAL";
		if (request.documents() != null) {
			for (ApplicationRequest.DocumentRequest d : request.documents()) {
				this.documents.save(new Document(file.getId(), d.documentType(), channel, file.getReceivedAt(),
						d.issuedOn(), d.expiresOn(), d.documentNumber(), receivedBy)
					.heldBy(d.holderFamilyName(), d.holderGivenNames(), d.holderDateOfBirth()));
			}
		}
		if (request.payment() != null) {
			ApplicationRequest.PaymentRequest p = request.payment();
			try {
				this.payments.record(file, p.method(), p.amount(), p.currency(), p.payer(), p.reference(),
						file.getReceivedAt(), receivedBy);
			}
			catch (PaymentRefusedException refused) {
				// the whole submission is refused and rolled back, its file number with
				// it
				throw new InvalidRequestException(
						List.of(new FieldProblem("payment." + refused.field(), refused.getMessage())));
			}
		}
	}

	void validate(ApplicationRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ConstraintViolation<ApplicationRequest> violation : this.validator.validate(request)) {
			problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (request.stream() != null && !request.stream().isBlank() && !this.streams.exists(request.stream())) {
			problems.add(new FieldProblem("stream", "must be one of " + this.streams.codes()));
		}
		if (this.streams.requiresEmployer(request.stream()) && request.employer() == null) {
			problems.add(new FieldProblem("employer",
					"is required for the " + this.streams.nameOf(request.stream()) + " stream"));
		}
		if (this.pointsGrid.isScored(request.stream())) {
			ApplicationRequest.HumanCapitalRequest h = request.humanCapital();
			String why = "is required for the " + this.streams.nameOf(request.stream())
					+ " stream: it is scored on the points grid";
			if (h == null) {
				problems.add(new FieldProblem("humanCapital", why));
			}
			else {
				if (h.educationLevel() == null) {
					problems.add(new FieldProblem("humanCapital.educationLevel", why));
				}
				if (h.languageBenchmark() == null) {
					problems.add(new FieldProblem("humanCapital.languageBenchmark", why));
				}
				if (h.experienceYears() == null) {
					problems.add(new FieldProblem("humanCapital.experienceYears", why));
				}
				if (h.provincialConnection() == null) {
					problems.add(new FieldProblem("humanCapital.provincialConnection", why));
				}
			}
		}
		if (request.workPermitExpiresOn() != null && !request.inCanada()) {
			problems.add(new FieldProblem("workPermitExpiresOn",
					"is only given for an applicant who is in Canada (set inCanada to true)"));
		}
		if (request.documents() != null) {
			for (int i = 0; i < request.documents().size(); i++) {
				ApplicationRequest.DocumentRequest d = request.documents().get(i);
				if (d == null) {
					continue;
				}
				if (d.documentType() != null && !d.documentType().isBlank()
						&& !this.documentChecks.isKnownType(d.documentType())) {
					problems.add(new FieldProblem("documents[" + i + "].documentType",
							"must be one of " + this.properties.getDocumentTypes().keySet()));
				}
				if (d.issuedOn() != null && d.expiresOn() != null && d.expiresOn().isBefore(d.issuedOn())) {
					problems.add(new FieldProblem("documents[" + i + "].expiresOn", "cannot be before issuedOn"));
				}
			}
		}
		if (request.payment() != null && request.payment().method() != null && !request.payment().method().isBlank()) {
			try {
				PaymentMethod.valueOf(request.payment().method());
			}
			catch (IllegalArgumentException unknown) {
				problems.add(new FieldProblem("payment.method",
						"must be one of " + java.util.Arrays.toString(PaymentMethod.values())));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparing(FieldProblem::field));
			throw new InvalidRequestException(problems);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
