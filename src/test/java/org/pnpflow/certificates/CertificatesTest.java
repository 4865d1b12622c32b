package org.pnpflow.certificates;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pnpflow.registers.LocalRegistryWorker;
import org.pnpflow.ApiClient;
import org.pnpflow.CaseDriver;
import org.pnpflow.CaseSteps;
import org.pnpflow.TestApplications;
import org.pnpflow.assessment.Recommendation;
import org.pnpflow.assessment.RecommendationRepository;
import org.pnpflow.assessment.SignOff;
import org.pnpflow.assessment.SignOffRepository;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.casefile.FileNumber;
import org.pnpflow.letters.Letter;
import org.pnpflow.letters.LetterRepository;
import org.pnpflow.letters.LetterType;
import org.pnpflow.letters.PdfDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Nominee Certificates: numbers under concurrent issuance, the PDF, the public
 * verification page, extensions decided by a manager, the expiry notice, and the monthly
 * federal report.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertificatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	LocalRegistryWorker registryWorker;

	@Autowired
	Certificates certificates;

	@Autowired
	CertificateRepository certificateRepository;

	@Autowired
	ApplicationFileRepository files;

	@Autowired
	RecommendationRepository recommendations;

	@Autowired
	SignOffRepository signOffs;

	@Autowired
	LetterRepository letters;

	@Autowired
	FederalNominationReports reports;

	@Autowired
	TransactionTemplate transaction;

	ApiClient api;

	CaseDriver cases;

	@BeforeEach
	void setUp() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(this.engine);
		this.api = new ApiClient(this.mvc);
		this.cases = new CaseDriver(this.engine, this.registryWorker::pollOnce);
	}

	@AfterEach
	void resetClock() {
		CaseDriver.resetClock();
	}

	@Test
	void concurrentIssuancesGetDistinctConsecutiveNumbers() throws Exception {
		int count = 12;
		List<Long> fileIds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			fileIds.add(signedNomination(this.api.submit(TestApplications.skilledWorker())));
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<String>> issuances = new ArrayList<>();
		for (Long id : fileIds) {
			issuances.add(() -> this.transaction.execute(
					(status) -> this.certificates.issue(this.files.findById(id).orElseThrow()).getCertificateNumber()));
		}
		Set<String> numbers = new TreeSet<>();
		try {
			for (Future<String> issued : pool.invokeAll(issuances)) {
				numbers.add(issued.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers).hasSize(count);
		List<Integer> sequence = numbers.stream()
			.map((n) -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
			.toList();
		for (int i = 1; i < sequence.size(); i++) {
			assertThat(sequence.get(i)).as("%s", numbers).isEqualTo(sequence.get(i - 1) + 1);
		}
	}

	@Test
	void certificatePdfNamesTheNomineeAndPointsToTheVerificationPage() throws Exception {
		String file = nominate();
		MvcResult pdf = this.api.get("manager", "/api/applications/" + file + "/certificate/pdf");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		String text = PdfDocuments.text(pdf.getResponse().getContentAsByteArray());
		Certificate certificate = certificateOf(file);
		assertThat(text).contains(certificate.getCertificateNumber(), "Chidinma Okafor", "Skilled Worker", "21231",
				certificate.getIssuedOn().toString(), certificate.getExpiresOn().toString(), "David MacLeod",
				"/verify/" + certificate.getCertificateNumber());
		assertThat(this.api.get("portal", "/api/applications/" + file + "/certificate/pdf").getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void verificationPageTellsStatusAndNameOnly() throws Exception {
		String file = nominate();
		Certificate certificate = certificateOf(file);
		String number = certificate.getCertificateNumber();
		MvcResult valid = verify(number);
		assertThat(valid.getResponse().getStatus()).isEqualTo(200);
		String page = valid.getResponse().getContentAsString();
		assertThat(page).contains(number, "Chidinma Okafor", "Valid");
		ApplicationFile applicant = fileOf(file);
		String dateOfBirth = this.transaction.execute((s) -> fileOf(file).getApplicant().getDateOfBirth().toString());
		assertThat(page).doesNotContain(dateOfBirth, "Adeola Street", "chidinma@mail.example",
				applicant.getFileNumber().value());

		this.transaction.executeWithoutResult(
				(s) -> this.certificateRepository.findById(certificate.getId()).orElseThrow().expire());
		assertThat(verify(number).getResponse().getContentAsString()).contains("Expired");
		this.transaction.executeWithoutResult(
				(s) -> this.certificateRepository.findById(certificate.getId()).orElseThrow().withdraw());
		assertThat(verify(number).getResponse().getContentAsString()).contains("Withdrawn");

		MvcResult unknown = verify("PNP-NC-1999-000000");
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getContentAsString()).contains("Not found").doesNotContain("Chidinma");
	}

	@Test
	void managerApprovesAnExtensionAndTheNomineeIsTold() throws Exception {
		String file = nominate();
		LocalDate firstExpiry = certificateOf(file).getExpiresOn();
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/certificate-extension",
					Map.of("reason", "My work permit extension is still being processed by IRCC."))
			.getResponse()
			.getStatus()).isEqualTo(202);
		assertThat(this.api
			.post("portal", "/api/applications/" + file + "/certificate-extension", Map.of("reason", "again"))
			.getResponse()
			.getStatus()).as("one request at a time").isEqualTo(409);
		this.cases.runDueJobs();
		this.cases.complete(file, "UserTask_DecideCertificateExtension", "manager",
				Map.of("extensionDecision", "APPROVE", "extensionReasons", "The delay is IRCC's, not the nominee's."));
		Certificate extended = certificateOf(file);
		assertThat(extended.getStatus()).isEqualTo(Certificate.Status.EXTENDED);
		assertThat(extended.getExpiresOn()).isEqualTo(firstExpiry.plusMonths(6));
		Letter letter = letterOf(file, LetterType.CERTIFICATE_EXTENSION);
		assertThat(letter.getBody()).contains(extended.getCertificateNumber());
		assertThat(instance(file)).isWaitingAt("Gateway_AfterNomination");
		assertThat(verify(extended.getCertificateNumber()).getResponse().getContentAsString()).contains("Extended");
		assertThat(PdfDocuments.text(this.api.get("manager", "/api/applications/" + file + "/certificate/pdf")
			.getResponse()
			.getContentAsByteArray())).contains(extended.getExpiresOn().toString());

		this.api.post("portal", "/api/applications/" + file + "/certificate-extension", Map.of("reason", "More time."));
		this.cases.runDueJobs();
		// the certificate lapses while the manager decides: the public page already says
		// so
		org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(firstExpiry.plusMonths(6)
			.plusDays(3)
			.atStartOfDay(java.time.ZoneId.of("America/Toronto"))
			.toInstant()));
		assertThat(verify(extended.getCertificateNumber()).getResponse().getContentAsString()).contains("Expired");
		this.cases.complete(file, "UserTask_DecideCertificateExtension", "manager",
				Map.of("extensionDecision", "REFUSE", "extensionReasons", "A second extension is not justified."));
		assertThat(letterOf(file, LetterType.CERTIFICATE_EXTENSION_REFUSED).getBody())
			.contains("second extension is not justified");
		assertThat(certificateOf(file).getExpiresOn()).isEqualTo(firstExpiry.plusMonths(6));
	}

	@Test
	void expiryNoticeComesBeforeTheExpiryOnce() throws Exception {
		String file = nominate();
		this.cases.passTime(Duration.ofDays(160));
		assertThat(letterTypes(file)).filteredOn((type) -> type == LetterType.CERTIFICATE_EXPIRY_NOTICE).hasSize(1);
		assertThat(certificateOf(file).getStatus()).isEqualTo(Certificate.Status.VALID);
		this.cases.passTime(Duration.ofDays(30));
		assertThat(certificateOf(file).getStatus()).isEqualTo(Certificate.Status.EXPIRED);
		assertThat(letterTypes(file)).filteredOn((type) -> type == LetterType.CERTIFICATE_EXPIRY_NOTICE).hasSize(1);
		assertThat(letterTypes(file)).contains(LetterType.CERTIFICATE_EXPIRED);
	}

	@Test
	void monthlyFederalReportListsTheMonthsNominations() throws Exception {
		String file = nominate();
		Certificate certificate = certificateOf(file);
		MvcResult report = this.api.get("manager",
				"/api/reports/federal-nominations?month=" + YearMonth.from(certificate.getIssuedOn()));
		assertThat(report.getResponse().getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Certificate number");
			Row row = null;
			for (Row candidate : sheet) {
				if (certificate.getCertificateNumber().equals(candidate.getCell(1).getStringCellValue())) {
					row = candidate;
				}
			}
			assertThat(row).as("row of %s", certificate.getCertificateNumber()).isNotNull();
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("NOMINATION");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Okafor");
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Skilled Worker");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("21231");
			assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(certificate.getExpiresOn());
		}
		assertThat(this.api.get("manager", "/api/reports/federal-nominations?month=11-2026").getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.api.get("officer", "/api/reports/federal-nominations?month=2026-11").getResponse().getStatus())
			.isEqualTo(403);
		FederalReport stored = this.reports.generate(YearMonth.from(certificate.getIssuedOn()));
		assertThat(stored.getRowCount()).isPositive();
		assertThat(this.reports.generate(YearMonth.from(certificate.getIssuedOn())).getSha256())
			.isEqualTo(stored.getSha256());
	}

	// ---- helpers ----

	private String nominate() throws Exception {
		return new CaseSteps(this.api, this.cases).nominate(TestApplications.skilledWorker());
	}

	/**
	 * A file whose nomination the director has signed, without walking the whole process.
	 */
	private Long signedNomination(String fileNumber) {
		return this.transaction.execute((status) -> {
			ApplicationFile file = fileOf(fileNumber);
			Recommendation recommendation = this.recommendations.save(new Recommendation(file.getId(),
					Recommendation.Kind.NOMINATE, "Meets the criteria.", false, "officer", java.time.Instant.now()));
			this.signOffs.save(new SignOff(file.getId(), recommendation.getId(), SignOff.Role.DIRECTOR, "SIGN", null,
					"director", java.time.Instant.now()));
			return file.getId();
		});
	}

	private MvcResult verify(String number) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/verify/" + number))
			.andReturn();
	}

	private ApplicationFile fileOf(String file) {
		return this.files.findByFileNumber(new FileNumber(file)).orElseThrow();
	}

	private Certificate certificateOf(String file) {
		return this.certificateRepository.findByApplicationId(fileOf(file).getId()).orElseThrow();
	}

	private List<LetterType> letterTypes(String file) {
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(fileOf(file).getId())
			.stream()
			.map(Letter::getLetterType)
			.toList();
	}

	private Letter letterOf(String file, LetterType type) {
		return this.letters.findByApplicationIdOrderByCreatedAtAscIdAsc(fileOf(file).getId())
			.stream()
			.filter((letter) -> letter.getLetterType() == type)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No " + type + " letter on " + file));
	}

	private org.camunda.bpm.engine.runtime.ProcessInstance instance(String file) {
		return CaseDriver.caseOf(this.engine, file);
	}

}
