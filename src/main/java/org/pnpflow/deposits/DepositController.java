package org.pnpflow.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.pnpflow.security.ApiUser;
import org.pnpflow.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The deposit batches and their slips, for intake (who deposits) and managers.
 */
@RestController
class DepositController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final List<String> READERS = List.of(Groups.INTAKE, Groups.MANAGERS);

	private final Deposits deposits;

	DepositController(Deposits deposits) {
		this.deposits = deposits;
	}

	/** A batch as the API shows it. */
	record BatchView(String batchNumber, Instant preparedAt, int paymentCount, BigDecimal total, String status,
			String slipSha256, Instant confirmedAt, String confirmedBy, String bankReference, String slipPdf,
			String slipCsv) {

		static BatchView of(DepositBatch batch) {
			String slip = "/api/deposits/" + batch.getBatchNumber() + "/slip";
			return new BatchView(batch.getBatchNumber(), batch.getPreparedAt(), batch.getPaymentCount(),
					batch.getTotal(), batch.getStatus().name(), batch.getSlipSha256(), batch.getConfirmedAt(),
					batch.getConfirmedBy(), batch.getBankReference(), slip + ".pdf", slip + ".csv");
		}

	}

	@GetMapping("/api/deposits")
	ResponseEntity<?> list(HttpServletRequest http) {
		ApiUser.require(http, READERS, "Deposit batches and slips are for intake and managers.");
		return ResponseEntity.ok(this.deposits.list().stream().map(BatchView::of).toList());
	}

	@GetMapping("/api/deposits/{batchNumber}/slip.pdf")
	ResponseEntity<?> slipPdf(@PathVariable String batchNumber, HttpServletRequest http) {
		ApiUser.require(http, READERS, "Deposit batches and slips are for intake and managers.");
		Optional<DepositBatch> batch = this.deposits.find(batchNumber);
		if (batch.isEmpty()) {
			return notFound(batchNumber);
		}
		return file(MediaType.APPLICATION_PDF, batchNumber + ".pdf", this.deposits.slipPdf(batch.get()));
	}

	@GetMapping("/api/deposits/{batchNumber}/slip.csv")
	ResponseEntity<?> slipCsv(@PathVariable String batchNumber, HttpServletRequest http) {
		ApiUser.require(http, READERS, "Deposit batches and slips are for intake and managers.");
		Optional<DepositBatch> batch = this.deposits.find(batchNumber);
		if (batch.isEmpty()) {
			return notFound(batchNumber);
		}
		return file(CSV, batchNumber + ".csv", this.deposits.slipCsv(batch.get()));
	}

	private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("deposit-slip-" + name).build().toString())
			.body(content);
	}

	private static ResponseEntity<ProblemDetail> notFound(String batchNumber) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no deposit batch " + batchNumber + ".");
		problem.setTitle("Deposit batch not found");
		problem.setProperty("errors", List.of(Map.of("field", "batchNumber", "message", "is not a deposit batch")));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
