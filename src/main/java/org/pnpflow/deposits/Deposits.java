package org.pnpflow.deposits;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.fees.Payment;
import org.pnpflow.fees.PaymentMethod;
import org.pnpflow.letters.LetterTemplates;
import org.pnpflow.letters.PdfDocuments;
import org.pnpflow.numbering.NumberSequences;
import org.pnpflow.process.PnpProperties;
import org.pnpflow.process.Sha256;
import org.pnpflow.process.ProgramClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving, depositing and tracking application fees: payments received are gathered
 * into deposit batches with their slip (PDF and CSV), and marked deposited once intake
 * confirms the bank has them.
 *
 * <p>
 * A payment reversed (a dishonoured cheque, a charge-back) after it was gathered but
 * before the deposit is confirmed is left out of the deposit: it stays in its batch,
 * reversed, and the slip lists it under "Left out". A payment reversed after the deposit
 * was confirmed stays on the slip as deposited; reconciliation deals with it.
 */
@Service
public class Deposits {

	static final String NUMBER_PREFIX = "DEP";

	static final String SLIP_TEMPLATE = "deposits/slip.html";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Map<PaymentMethod, String> METHOD_NAMES = new EnumMap<>(
			Map.of(PaymentMethod.CARD, "Card", PaymentMethod.CERTIFIED_CHEQUE, "Certified cheque",
					PaymentMethod.MONEY_ORDER, "Money order", PaymentMethod.BANK_TRANSFER, "Bank transfer"));

	private final DepositBatchRepository batches;

	private final DepositPayments payments;

	private final ApplicationFileRepository files;

	private final NumberSequences sequences;

	private final LetterTemplates templates;

	private final PdfDocuments pdf;

	private final PnpProperties properties;

	private final ProgramClock clock;

	Deposits(DepositBatchRepository batches, DepositPayments payments, ApplicationFileRepository files,
			NumberSequences sequences, LetterTemplates templates, PdfDocuments pdf, PnpProperties properties,
			ProgramClock clock) {
		this.batches = batches;
		this.payments = payments;
		this.files = files;
		this.sequences = sequences;
		this.templates = templates;
		this.pdf = pdf;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Gathers every payment received before now and neither deposited, reversed nor in a
	 * batch yet into a new batch; none when there is nothing to deposit.
	 */
	@Transactional
	public Optional<DepositBatch> prepare() {
		Instant now = this.clock.now();
		List<Payment> gathered = this.payments.lockUndeposited(Payment.Kind.PAYMENT, Payment.Status.RECEIVED, now);
		if (gathered.isEmpty()) {
			return Optional.empty();
		}
		LocalDate day = this.clock.today();
		long number = this.sequences.next(NUMBER_PREFIX + "-" + day, day.getYear());
		DepositBatch batch = this.batches.save(new DepositBatch(NUMBER_PREFIX + "-" + day + "-" + number, now));
		gathered.forEach((payment) -> payment.addTo(batch.getId()));
		batch.count(gathered.size(), sum(gathered));
		batch.slip(sha256(csv(slip(batch, gathered))));
		return Optional.of(batch);
	}

	/**
	 * Intake confirms the bank has the batch: its payments are deposited, except those
	 * reversed since the batch was prepared, which are left out.
	 * @throws IllegalArgumentException when the date is in the future or before the batch
	 * was prepared, or the batch is already confirmed (the message says which)
	 */
	@Transactional
	public DepositSlip confirm(DepositBatch batch, String bankReference, LocalDate depositedOn, String user) {
		DepositBatch current = this.batches.findById(batch.getId())
			.orElseThrow(() -> new IllegalArgumentException("There is no deposit batch " + batch.getBatchNumber()));
		if (current.getStatus() != DepositBatch.Status.PREPARED) {
			throw new IllegalArgumentException("Deposit batch " + current.getBatchNumber()
					+ " was already confirmed by " + current.getConfirmedBy() + ".");
		}
		if (bankReference == null || bankReference.isBlank()) {
			throw new IllegalArgumentException("The bank reference of the deposit is required.");
		}
		LocalDate prepared = LocalDate.ofInstant(current.getPreparedAt(), this.clock.zone());
		if (depositedOn.isAfter(this.clock.today())) {
			throw new IllegalArgumentException("The date deposited (" + depositedOn
					+ ") is in the future: give the date the bank received the deposit.");
		}
		if (depositedOn.isBefore(prepared)) {
			throw new IllegalArgumentException("The date deposited (" + depositedOn + ") is before batch "
					+ current.getBatchNumber() + " was prepared (" + prepared + ").");
		}
		List<Payment> inBatch = this.payments.lockInBatch(current.getId());
		List<Payment> deposited = new ArrayList<>();
		for (Payment payment : inBatch) {
			if (payment.getStatus() == Payment.Status.RECEIVED) {
				payment.deposited();
			}
			if (payment.getStatus() == Payment.Status.DEPOSITED) {
				deposited.add(payment);
			}
		}
		current.confirm(bankReference.trim(), depositedOn, user, this.clock.now());
		current.count(deposited.size(), sum(deposited));
		DepositSlip slip = slip(current, inBatch);
		current.slip(sha256(csv(slip)));
		return slip;
	}

	public Optional<DepositBatch> find(String batchNumber) {
		return this.batches.findByBatchNumber(batchNumber);
	}

	/** Every batch, the latest first. */
	public List<DepositBatch> list() {
		return this.batches.findAllByOrderByPreparedAtDescIdDesc();
	}

	/** What the batch's slip says now. */
	@Transactional(readOnly = true)
	public DepositSlip slip(DepositBatch batch) {
		return slip(batch, this.payments.findInBatch(batch.getId()));
	}

	/** The deposit slip, printable, on the program's letterhead. */
	@Transactional(readOnly = true)
	public byte[] slipPdf(DepositBatch batch) {
		DepositSlip slip = slip(batch);
		Map<String, Object> model = new HashMap<>();
		model.put("programName", this.properties.getProgramName());
		model.put("letterhead", this.properties.getLetterhead());
		model.put("batchNumber", batch.getBatchNumber());
		model.put("preparedAt", local(batch.getPreparedAt()));
		model.put("status", batch.getStatus().name());
		model.put("confirmedAt", batch.getConfirmedAt() == null ? null : local(batch.getConfirmedAt()));
		model.put("confirmedBy", batch.getConfirmedBy());
		model.put("bankReference", batch.getBankReference());
		model.put("lines", slip.payments().stream().map(this::row).toList());
		model.put("leftOut", slip.leftOut().stream().map(this::row).toList());
		model.put("methods",
				slip.methods()
					.stream()
					.map((method) -> Map.of("method", methodName(method.method()), "count", method.count(), "total",
							money(method.total())))
					.toList());
		model.put("count", slip.count());
		model.put("total", money(slip.total()));
		return this.pdf.toPdf(this.templates.render(SLIP_TEMPLATE, model, Locale.CANADA).html());
	}

	/**
	 * The deposit slip as a table (UTF-8, comma-separated, a header row): one row per
	 * payment to deposit ({@code PAYMENT}), per payment left out ({@code LEFT_OUT}), per
	 * method ({@code METHOD_TOTAL}) and for the batch ({@code TOTAL}); amounts with two
	 * decimals, times in the program's time zone.
	 */
	@Transactional(readOnly = true)
	public byte[] slipCsv(DepositBatch batch) {
		return csv(slip(batch)).getBytes(StandardCharsets.UTF_8);
	}

	static String methodName(PaymentMethod method) {
		return METHOD_NAMES.getOrDefault(method, method.name());
	}

	static String money(BigDecimal amount) {
		return String.format(Locale.CANADA, "%,.2f", amount);
	}

	String local(Instant instant) {
		return MINUTES.format(instant.atZone(this.clock.zone()));
	}

	private Map<String, Object> row(DepositSlip.Line line) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("fileNumber", line.fileNumber());
		row.put("method", methodName(line.method()));
		row.put("reference", line.reference());
		row.put("payer", line.payer());
		row.put("amount", money(line.amount()));
		row.put("receivedAt", local(line.receivedAt()));
		row.put("reversedAt", line.reversedAt() == null ? "" : local(line.reversedAt()));
		row.put("reversalReason", line.reversalReason() == null ? "" : line.reversalReason());
		return row;
	}

	private DepositSlip slip(DepositBatch batch, List<Payment> inBatch) {
		Map<Long, String> fileNumbers = new HashMap<>();
		for (ApplicationFile file : this.files
			.findAllById(inBatch.stream().map(Payment::getApplicationId).distinct().toList())) {
			fileNumbers.put(file.getId(), file.getFileNumber().value());
		}
		List<DepositSlip.Line> lines = new ArrayList<>();
		List<DepositSlip.Line> leftOut = new ArrayList<>();
		Map<PaymentMethod, List<Payment>> byMethod = new EnumMap<>(PaymentMethod.class);
		for (Payment payment : inBatch) {
			DepositSlip.Line line = new DepositSlip.Line(fileNumbers.get(payment.getApplicationId()),
					payment.getMethod(), payment.getReference(), payment.getPayer(), payment.getAmount().setScale(2),
					payment.getReceivedAt(), payment.getReversedAt(), payment.getReversalReason());
			if (isLeftOut(batch, payment)) {
				leftOut.add(line);
			}
			else {
				lines.add(line);
				byMethod.computeIfAbsent(payment.getMethod(), (any) -> new ArrayList<>()).add(payment);
			}
		}
		List<DepositSlip.MethodTotal> methods = byMethod.entrySet()
			.stream()
			.map((entry) -> new DepositSlip.MethodTotal(entry.getKey(), entry.getValue().size(), sum(entry.getValue())))
			.toList();
		List<Payment> deposited = byMethod.values().stream().flatMap(List::stream).toList();
		return new DepositSlip(batch, lines, methods, deposited.size(), sum(deposited), leftOut);
	}

	/**
	 * Reversed before the deposit was confirmed (a payment reversed after its deposit was
	 * deposited all the same).
	 */
	private static boolean isLeftOut(DepositBatch batch, Payment payment) {
		if (payment.getStatus() != Payment.Status.REVERSED) {
			return false;
		}
		return batch.getConfirmedAt() == null || payment.getReversedAt() == null
				|| !payment.getReversedAt().isAfter(batch.getConfirmedAt());
	}

	private String csv(DepositSlip slip) {
		String batch = slip.batch().getBatchNumber();
		StringBuilder csv = new StringBuilder(
				"row_type,batch_number,file_number,method,reference,payer,received_at,count,amount\r\n");
		for (DepositSlip.Line line : slip.payments()) {
			csvLine(csv, "PAYMENT", batch, line);
		}
		for (DepositSlip.Line line : slip.leftOut()) {
			csvLine(csv, "LEFT_OUT_REVERSED", batch, line);
		}
		for (DepositSlip.MethodTotal method : slip.methods()) {
			csvRow(csv, "METHOD_TOTAL", batch, "", method.method().name(), "", "", "", String.valueOf(method.count()),
					plain(method.total()));
		}
		csvRow(csv, "TOTAL", batch, "", "", "", "", "", String.valueOf(slip.count()), plain(slip.total()));
		return csv.toString();
	}

	private void csvLine(StringBuilder csv, String type, String batch, DepositSlip.Line line) {
		csvRow(csv, type, batch, line.fileNumber(), line.method().name(), line.reference(), line.payer(),
				local(line.receivedAt()), "1", plain(line.amount()));
	}

	private static void csvRow(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/**
	 * A cell as spreadsheets read it: quoted when it holds a comma, quote or line break;
	 * text that a spreadsheet would run as a formula starts with an apostrophe.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String plain(BigDecimal amount) {
		return amount.setScale(2).toPlainString();
	}

	private static BigDecimal sum(List<Payment> payments) {
		return payments.stream().map(Payment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
	}

	static String sha256(String text) {
		return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
	}

}
