package org.pnpflow.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pnpflow.casefile.Applicant;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.documents.ContentStore;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report of nominations and certificate extensions that the program sends the
 * federal department: a workbook with one row per certificate issued or extended in the
 * month. Made on demand, and on a schedule for the month just ended
 * ({@code pnp.federal-report.cron}).
 */
@Service
public class FederalNominationReports {

	static final String[] COLUMNS = { "Record", "Certificate number", "Nominee family name", "Nominee given names",
			"Date of birth", "Country of citizenship", "Stream", "Occupation (NOC 2021)", "Nomination date",
			"Expiry date" };

	private static final Logger LOG = LoggerFactory.getLogger(FederalNominationReports.class);

	private final CertificateRepository certificates;

	private final CertificateExtensionRepository extensions;

	private final ApplicationFileRepository files;

	private final FederalReportRepository reports;

	private final ContentStore contents;

	private final Streams streams;

	private final ProgramClock clock;

	FederalNominationReports(CertificateRepository certificates, CertificateExtensionRepository extensions,
			ApplicationFileRepository files, FederalReportRepository reports, ContentStore contents, Streams streams,
			ProgramClock clock) {
		this.certificates = certificates;
		this.extensions = extensions;
		this.files = files;
		this.reports = reports;
		this.contents = contents;
		this.streams = streams;
		this.clock = clock;
	}

	/** One line of the report. */
	public record Line(String record, String certificateNumber, String familyName, String givenNames,
			LocalDate dateOfBirth, String citizenship, String stream, String occupationCode, LocalDate nominationDate,
			LocalDate expiryDate) {
	}

	@Transactional(readOnly = true)
	public List<Line> lines(YearMonth month) {
		ZoneId zone = this.clock.zone();
		List<Line> lines = new ArrayList<>();
		for (Certificate certificate : this.certificates.findByIssuedOnBetweenOrderByCertificateNumber(month.atDay(1),
				month.atEndOfMonth())) {
			lines.add(line("NOMINATION", certificate, certificate.getFirstExpiresOn()));
		}
		for (CertificateExtension extension : this.extensions
			.findByDecisionAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAt("APPROVE",
					month.atDay(1).atStartOfDay(zone).toInstant(),
					month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
			lines.add(line("EXTENSION", this.certificates.findById(extension.getCertificateId()).orElseThrow(),
					extension.getNewExpiry()));
		}
		lines.sort(Comparator.comparing(Line::certificateNumber).thenComparing(Line::record));
		return lines;
	}

	private Line line(String record, Certificate certificate, LocalDate expiry) {
		ApplicationFile file = this.files.findById(certificate.getApplicationId()).orElseThrow();
		Applicant applicant = file.getApplicant();
		if (applicant == null) {
			// archived: the person's details are in the archive package, not here
			return new Line(record, certificate.getCertificateNumber(), null, null, null, null,
					this.streams.nameOf(file.getStream()), null, certificate.getIssuedOn(), expiry);
		}
		return new Line(record, certificate.getCertificateNumber(), applicant.getFamilyName(),
				applicant.getGivenNames(), applicant.getDateOfBirth(), applicant.getCountryOfCitizenship(),
				this.streams.nameOf(file.getStream()), file.getOccupationCode(), certificate.getIssuedOn(), expiry);
	}

	/** The month's report as an XLSX workbook. */
	@Transactional(readOnly = true)
	public byte[] workbook(YearMonth month) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Nominations " + month);
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				head.createCell(i).setCellValue(COLUMNS[i]);
				head.getCell(i).setCellStyle(header);
			}
			int r = 1;
			for (Line line : lines(month)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.record());
				row.createCell(1).setCellValue(line.certificateNumber());
				row.createCell(2).setCellValue(line.familyName());
				row.createCell(3).setCellValue(line.givenNames());
				dateCell(row, 4, line.dateOfBirth(), date);
				row.createCell(5).setCellValue(line.citizenship());
				row.createCell(6).setCellValue(line.stream());
				row.createCell(7).setCellValue(line.occupationCode() == null ? "" : line.occupationCode());
				dateCell(row, 8, line.nominationDate(), date);
				dateCell(row, 9, line.expiryDate(), date);
			}
			for (int i = 0; i < COLUMNS.length; i++) {
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new IllegalStateException("The report of " + month + " could not be written", failed);
		}
	}

	private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
			row.getCell(column).setCellStyle(style);
		}
	}

	/**
	 * Makes and keeps the report of a month; the month is made once, whatever calls it.
	 */
	@Transactional
	public FederalReport generate(YearMonth month) {
		return this.reports.findByPeriod(month.toString()).orElseGet(() -> {
			byte[] workbook = workbook(month);
			return this.reports.save(new FederalReport(month.toString(), this.clock.now(), lines(month).size(),
					this.contents.put(workbook)));
		});
	}

	@Scheduled(cron = "${pnp.federal-report.cron:0 0 6 1 * *}", zone = "${pnp.time-zone:America/Toronto}")
	@Transactional
	public void generateLastMonth() {
		YearMonth lastMonth = YearMonth.from(this.clock.today()).minusMonths(1);
		FederalReport report = generate(lastMonth);
		LOG.info("Federal nomination report {} ready: {} row(s), SHA-256 {}", report.getPeriod(), report.getRowCount(),
				report.getSha256());
	}

}
