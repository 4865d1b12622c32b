package org.pnpflow.revenue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pnpflow.casefile.ApplicationFile;
import org.pnpflow.casefile.ApplicationFileRepository;
import org.pnpflow.fees.Fees;
import org.pnpflow.process.ProgramClock;
import org.pnpflow.process.Streams;
import org.pnpflow.revenue.ReconciliationVariance.Kind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles the revenue of a day or a month: the fees expected for the files received in
 * the period against the money received, deposited and refunded in it, per stream and in
 * total, and the variances, each on one file with its cause. A variance whose reason the
 * file shows (the balance was asked for, a refund is under way, the file was closed, ...)
 * is explained by the system; the others wait for a person's explanation.
 * <p>
 * The figures come from one grouped query each; only the files whose payments differ from
 * their fee are read one by one. When the period was reconciled before, its figures and
 * variances are replaced, but what people explained is kept (same file, same kind of
 * variance); a month also takes what people explained in the reconciliations of its days.
 */
@Service
public class Reconciliations {

	/** Where the main process waits for the balance of an underpaid fee. */
	static final String AWAIT_BALANCE = "ReceiveTask_AwaitBalancePayment";

	/** Where intake records a payment or refund that settles a fee variance. */
	static final String RESOLVE_FEE_VARIANCE = "UserTask_ResolveFeeVariance";

	/** The letter type, or case note topic, that asks the applicant for the balance. */
	static final String FEE_BALANCE_DUE = "FEE_BALANCE_DUE";

	private static final int CHUNK = 500;

	/**
	 * What each file paid, net: payments not reversed, less refunds not rejected, less
	 * refund payments recorded without a refund request.
	 */
	private static final String BALANCES = """
			select f.id, f.file_number, f.stream, f.expected_fee, f.received_at, f.status, f.outcome, f.closed_at,
			       f.process_instance_id,
			       coalesce(pay.amount, 0) as paid,
			       coalesce(ref.amount, 0) + coalesce(loose.amount, 0) as refunds
			from application_file f
			left join (select application_id, sum(amount) as amount from payment
			           where kind = 'PAYMENT' and status <> 'REVERSED' group by application_id) pay
			       on pay.application_id = f.id
			left join (select application_id, sum(amount) as amount from refund
			           where status <> 'REJECTED' group by application_id) ref
			       on ref.application_id = f.id
			left join (select p.application_id, sum(p.amount) as amount from payment p
			           where p.kind = 'REFUND' and p.status <> 'REVERSED'
			             and not exists (select 1 from refund r where r.payment_id = p.id)
			           group by p.application_id) loose
			       on loose.application_id = f.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ReconciliationRepository reconciliations;

	private final ReconciliationVarianceRepository variances;

	private final ApplicationFileRepository files;

	private final Fees fees;

	private final RuntimeService runtime;

	private final Streams streams;

	private final ProgramClock clock;

	private final ReconciliationProperties properties;

	Reconciliations(NamedParameterJdbcTemplate jdbc, ReconciliationRepository reconciliations,
			ReconciliationVarianceRepository variances, ApplicationFileRepository files, Fees fees,
			RuntimeService runtime, Streams streams, ProgramClock clock, ReconciliationProperties properties) {
		this.jdbc = jdbc;
		this.reconciliations = reconciliations;
		this.variances = variances;
		this.files = files;
		this.fees = fees;
		this.runtime = runtime;
		this.streams = streams;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Reconciles the day, or the month that holds {@code start}, again if it was before.
	 */
	@Transactional
	public Reconciliation reconcile(PeriodKind kind, LocalDate start) {
		return reconcile(Period.of(kind, start));
	}

	@Transactional
	public Reconciliation reconcile(Period period) {
		Statement statement = statement(period);
		Instant now = this.clock.now();
		Reconciliation reconciliation = this.reconciliations
			.findByPeriodKindAndPeriodStart(period.kind(), period.start())
			.orElseGet(() -> this.reconciliations.save(new Reconciliation(period, now)));
		// what people explained before: in this period, and for a month in its days
		List<ReconciliationVariance> before = new ArrayList<>(
				this.variances.findByReconciliationIdOrderByIdAsc(reconciliation.getId()));
		if (period.kind() == PeriodKind.MONTH) {
			before.addAll(this.variances.findExplainedInDays(period.start(), period.end()));
		}
		Map<Key, ReconciliationVariance> explainedByPeople = new HashMap<>();
		for (ReconciliationVariance earlier : before) {
			if (earlier.isExplainedByPerson()) {
				explainedByPeople.putIfAbsent(new Key(earlier.getApplicationId(), earlier.getKind()), earlier);
			}
		}
		this.variances.deleteByReconciliation(reconciliation.getId());
		int unexplained = 0;
		for (Found found : statement.variances()) {
			ReconciliationVariance variance = new ReconciliationVariance(reconciliation.getId(), found.applicationId(),
					found.stream(), found.kind(), found.amount(), found.cause());
			ReconciliationVariance earlier = explainedByPeople.get(new Key(found.applicationId(), found.kind()));
			if (earlier != null) {
				variance.explain(earlier.getExplanation(), earlier.getExplainedBy(), earlier.getExplainedAt());
			}
			else if (found.knownReason() != null) {
				variance.explain(found.knownReason(), ReconciliationVariance.SYSTEM, now);
			}
			else {
				unexplained++;
			}
			this.variances.save(variance);
		}
		reconciliation.record(statement.total(), statement.variances().size(), unexplained, now);
		return reconciliation;
	}

	/**
	 * The periods the daily run reconciles on {@code today}: yesterday; the day whose
	 * payments have just passed {@code pnp.reconciliation.deposit-within} (again, now
	 * that a payment still not deposited is late); and on the first of a month, the month
	 * just ended.
	 */
	public List<Period> periodsDue(LocalDate today) {
		LocalDate yesterday = today.minusDays(1);
		List<Period> due = new ArrayList<>();
		due.add(Period.day(yesterday));
		Duration window = this.properties.getDepositWithin();
		LocalDate depositDeadlinePassed = LocalDate
			.ofInstant(today.atStartOfDay(this.clock.zone()).toInstant().minus(window), this.clock.zone())
			.minusDays(1);
		if (depositDeadlinePassed.isBefore(yesterday)) {
			due.add(Period.day(depositDeadlinePassed));
		}
		if (today.getDayOfMonth() == 1) {
			due.add(Period.of(PeriodKind.MONTH, yesterday));
		}
		return due;
	}

	/** The reconciliation of the period, if it was made. */
	@Transactional(readOnly = true)
	public Optional<Reconciliation> find(Period period) {
		return this.reconciliations.findByPeriodKindAndPeriodStart(period.kind(), period.start());
	}

	/** The period's reconciliation, made now if it was never made. */
	@Transactional
	public Reconciliation findOrReconcile(Period period) {
		return find(period).orElseGet(() -> reconcile(period));
	}

	@Transactional(readOnly = true)
	public List<ReconciliationVariance> variancesOf(Long reconciliationId) {
		return this.variances.findByReconciliationIdOrderByIdAsc(reconciliationId);
	}

	@Transactional(readOnly = true)
	public Reconciliation get(Long id) {
		return this.reconciliations.findById(id)
			.orElseThrow(() -> new IllegalStateException("No reconciliation " + id));
	}

	/**
	 * Records a person's explanation on every variance of the reconciliations the system
	 * could not explain.
	 * @return how many variances were explained
	 */
	@Transactional
	public int explain(Collection<Long> reconciliationIds, String explanation, String userId) {
		Instant now = this.clock.now();
		int explained = 0;
		for (Long id : reconciliationIds) {
			Reconciliation reconciliation = get(id);
			for (ReconciliationVariance variance : this.variances.findByReconciliationIdOrderByIdAsc(id)) {
				if (!variance.isExplained()) {
					variance.explain(explanation, userId, now);
					explained++;
				}
			}
			reconciliation.explained(0);
		}
		return explained;
	}

	/**
	 * Publishes the reconciliations: each is RECONCILED once every variance is explained.
	 */
	@Transactional
	public void publish(Collection<Long> reconciliationIds) {
		for (Long id : reconciliationIds) {
			get(id).publish();
		}
	}

	/** The file numbers of the files, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> fileNumbers(Collection<Long> applicationIds) {
		Map<Long, String> numbers = new HashMap<>();
		for (List<Long> chunk : chunks(applicationIds)) {
			this.jdbc.query("select id, file_number from application_file where id in (:ids)",
					new MapSqlParameterSource("ids", chunk), (ResultSet rs) -> {
						numbers.put(rs.getLong("id"), rs.getString("file_number"));
					});
		}
		return numbers;
	}

	/**
	 * The money of every file between two instants, per stream (each stream of the
	 * program, zero where nothing happened): fees expected of the files received,
	 * payments received, deposited and refunded, as the reconciliation counts them. Two
	 * grouped queries, whatever the number of files.
	 */
	public Map<String, Figures> sumsByStream(Instant from, Instant until) {
		return sumsByStream(new MapSqlParameterSource().addValue("from", utc(from)).addValue("until", utc(until)));
	}

	private Map<String, Figures> sumsByStream(MapSqlParameterSource range) {
		Map<String, Figures> byStream = new LinkedHashMap<>();
		this.streams.codes().forEach((code) -> byStream.put(code, Figures.zero()));

		sumByStream(byStream, Figures::withExpected, """
				select f.stream, sum(f.expected_fee) from application_file f
				where f.received_at >= :from and f.received_at < :until and f.expected_fee is not null
				group by f.stream
				""", range);
		// the money in one pass over the payments: received and refunded on the day the
		// money came or went back; deposited, what the bank got: the payments of the
		// batches confirmed in the period, less those reversed before the confirmation
		// (left out of the deposit); a payment reversed after it stays deposited and is a
		// REVERSED variance
		this.jdbc.query(
				"""
						select f.stream,
						  sum(case when p.kind = 'PAYMENT' and p.status <> 'REVERSED'
						            and p.received_at >= :from and p.received_at < :until then p.amount else 0 end) received,
						  sum(case when p.kind = 'PAYMENT' and b.confirmed_at >= :from and b.confirmed_at < :until
						            and (p.status <> 'REVERSED' or p.reversed_at > b.confirmed_at) then p.amount else 0 end) deposited,
						  sum(case when p.kind = 'REFUND' and p.status <> 'REVERSED'
						            and p.received_at >= :from and p.received_at < :until then p.amount else 0 end) refunded
						from payment p
						join application_file f on f.id = p.application_id
						left join deposit_batch b on b.id = p.deposit_batch_id
						where (p.received_at >= :from and p.received_at < :until)
						   or (b.confirmed_at >= :from and b.confirmed_at < :until)
						group by f.stream
						""",
				range, (ResultSet rs) -> {
					String stream = rs.getString("stream");
					byStream.put(stream,
							byStream.getOrDefault(stream, Figures.zero())
								.withReceived(rs.getBigDecimal("received").setScale(2))
								.withDeposited(rs.getBigDecimal("deposited").setScale(2))
								.withRefunded(rs.getBigDecimal("refunded").setScale(2)));
				});
		return byStream;
	}

	/**
	 * The figures of the period per stream and in total, and the variances as the ledger
	 * shows them now (not stored).
	 */
	// not read-only: evaluating the fee schedule writes Camunda's decision history
	@Transactional
	public Statement statement(Period period) {
		ZoneId zone = this.clock.zone();
		MapSqlParameterSource range = new MapSqlParameterSource().addValue("from", utc(period.from(zone)))
			.addValue("until", utc(period.until(zone)));
		Map<String, Figures> byStream = sumsByStream(range);

		List<Found> found = new ArrayList<>();
		// files received in the period whose fee is not known yet or not paid exactly
		List<Balance> unbalanced = this.jdbc.query(
				BALANCES + """
						where f.received_at >= :from and f.received_at < :until
						  and (f.expected_fee is null
						       or f.expected_fee <> coalesce(pay.amount, 0) - coalesce(ref.amount, 0) - coalesce(loose.amount, 0))
						order by f.file_number
						""",
				range, (rs, row) -> balance(rs));
		List<Balance> feeDifferences = new ArrayList<>();
		for (Balance balance : unbalanced) {
			BigDecimal expected = balance.expectedFee();
			if (expected == null) {
				expected = computedFee(balance);
				if (expected == null) {
					found.add(new Found(balance.applicationId(), balance.fileNumber(), balance.stream(),
							Kind.FEE_UNKNOWN, Figures.ZERO, "The fee schedule has no fee for stream " + balance.stream()
									+ " on " + day(balance.receivedAt()) + ": the fee expected is not known",
							null));
					continue;
				}
				byStream.merge(balance.stream(), Figures.zero().withExpected(expected), Figures::plus);
			}
			Balance withFee = balance.withExpectedFee(expected);
			if (withFee.net().compareTo(expected) < 0) {
				byStream.merge(balance.stream(), Figures.zero().withOutstanding(expected.subtract(withFee.net())),
						Figures::plus);
			}
			if (withFee.net().compareTo(expected) != 0) {
				feeDifferences.add(withFee);
			}
		}
		List<Reversal> reversals = this.jdbc.query(
				"""
						select p.id, p.application_id, p.amount, p.method, p.reference, p.received_at,
						       coalesce(p.reversed_at, p.received_at) as reversed_at, p.reversal_reason
						from payment p
						where p.kind = 'PAYMENT' and p.status = 'REVERSED'
						  and coalesce(p.reversed_at, p.received_at) >= :from and coalesce(p.reversed_at, p.received_at) < :until
						order by p.id
						""",
				range,
				(rs, row) -> new Reversal(rs.getLong("id"), rs.getLong("application_id"), amount(rs, "amount"),
						rs.getString("method"), rs.getString("reference"), instant(rs, "received_at"),
						instant(rs, "reversed_at"), rs.getString("reversal_reason")));
		Duration window = this.properties.getDepositWithin();
		MapSqlParameterSource late = new MapSqlParameterSource(range.getValues()).addValue("lateBefore",
				utc(this.clock.now().minus(window)));
		List<Undeposited> undeposited = this.jdbc.query("""
				select p.id, p.application_id, p.amount, p.method, p.reference, p.received_at,
				       b.batch_number, b.prepared_at
				from payment p left join deposit_batch b on b.id = p.deposit_batch_id
				where p.kind = 'PAYMENT' and p.status = 'RECEIVED'
				  and p.received_at >= :from and p.received_at < :until and p.received_at < :lateBefore
				  and (b.id is null or b.confirmed_at is null)
				order by p.id
				""", late,
				(rs, row) -> new Undeposited(rs.getLong("id"), rs.getLong("application_id"), amount(rs, "amount"),
						rs.getString("method"), rs.getString("reference"), instant(rs, "received_at"),
						rs.getString("batch_number"), instant(rs, "prepared_at")));

		Set<Long> involved = new HashSet<>();
		feeDifferences.forEach((balance) -> involved.add(balance.applicationId()));
		reversals.forEach((reversal) -> involved.add(reversal.applicationId()));
		undeposited.forEach((payment) -> involved.add(payment.applicationId()));
		Map<Long, Balance> balances = balancesOf(involved);
		Reasons reasons = reasons(balances.values());

		for (Balance balance : feeDifferences) {
			BigDecimal difference = balance.net().subtract(balance.expectedFee());
			String paid = "Paid CAD " + balance.net() + " net of refunds, for the CAD " + balance.expectedFee()
					+ " fee in force on " + day(balance.receivedAt());
			if (difference.signum() < 0) {
				found.add(new Found(balance.applicationId(), balance.fileNumber(), balance.stream(), Kind.UNDERPAID,
						difference.negate(), paid + ": CAD " + difference.negate() + " short",
						reasons.forUnderpayment(balance)));
			}
			else {
				found.add(new Found(balance.applicationId(), balance.fileNumber(), balance.stream(), Kind.OVERPAID,
						difference, paid + ": CAD " + difference + " too much", reasons.forOverpayment(balance)));
			}
		}
		for (Reversal reversal : reversals) {
			Balance balance = balances.get(reversal.applicationId());
			found.add(new Found(reversal.applicationId(), balance.fileNumber(), balance.stream(), Kind.REVERSED,
					reversal.amount(),
					"Payment of CAD " + reversal.amount() + " by " + reversal.method() + " (reference "
							+ reversal.reference() + ", received " + day(reversal.receivedAt()) + ") reversed on "
							+ day(reversal.at())
							+ (reversal.note() == null || reversal.note().isBlank() ? "" : ": " + reversal.note()),
					reasons.forReversal(balance)));
		}
		for (Undeposited payment : undeposited) {
			Balance balance = balances.get(payment.applicationId());
			String where = payment.batchNumber() == null ? "it is in no deposit batch" : "deposit batch "
					+ payment.batchNumber() + " (prepared " + day(payment.batchPreparedAt()) + ") is not confirmed";
			found.add(new Found(payment.applicationId(), balance.fileNumber(), balance.stream(), Kind.UNDEPOSITED,
					payment.amount(),
					"Payment of CAD " + payment.amount() + " by " + payment.method() + " (reference "
							+ payment.reference() + ") received " + day(payment.receivedAt())
							+ " is not deposited after " + window.toDays() + " day(s): " + where,
					null));
		}
		Figures total = byStream.values().stream().reduce(Figures.zero(), Figures::plus);
		return new Statement(period, byStream, total, found);
	}

	private BigDecimal computedFee(Balance balance) {
		ApplicationFile file = this.files.findById(balance.applicationId()).orElseThrow();
		try {
			return this.fees.expectedFee(file);
		}
		catch (IllegalStateException noFee) {
			return null;
		}
	}

	private Map<Long, Balance> balancesOf(Set<Long> applicationIds) {
		Map<Long, Balance> balances = new HashMap<>();
		for (List<Long> chunk : chunks(applicationIds)) {
			for (Balance balance : this.jdbc.query(BALANCES + " where f.id in (:ids)",
					new MapSqlParameterSource("ids", chunk), (rs, row) -> balance(rs))) {
				BigDecimal fee = balance.expectedFee() != null ? balance.expectedFee() : computedFee(balance);
				balances.put(balance.applicationId(), balance.withExpectedFee(fee));
			}
		}
		return balances;
	}

	/** What the system knows of the files that explains their variances. */
	private Reasons reasons(Collection<Balance> balances) {
		Set<Long> ids = new HashSet<>();
		Set<String> instances = new HashSet<>();
		for (Balance balance : balances) {
			ids.add(balance.applicationId());
			if (balance.processInstanceId() != null) {
				instances.add(balance.processInstanceId());
			}
		}
		Set<Long> balanceAsked = new HashSet<>();
		Map<Long, String> refunds = new HashMap<>();
		for (List<Long> chunk : chunks(ids)) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("ids", chunk).addValue("type",
					FEE_BALANCE_DUE);
			balanceAsked.addAll(this.jdbc.queryForList("""
					select application_id from letter where letter_type = :type and application_id in (:ids)
					union
					select application_id from case_note where topic = :type and application_id in (:ids)
					""", parameters, Long.class));
			this.jdbc.query("""
					select application_id, status, amount from refund
					where status <> 'REJECTED' and application_id in (:ids) order by id
					""", parameters, (ResultSet rs) -> {
				refunds.merge(rs.getLong("application_id"),
						"a refund of CAD " + amount(rs, "amount") + " is " + rs.getString("status").toLowerCase(),
						(first, second) -> first + ", " + second);
			});
		}
		Set<String> awaitingBalance = instancesAt(instances, AWAIT_BALANCE);
		Set<String> resolving = instancesAt(instances, RESOLVE_FEE_VARIANCE);
		return new Reasons(balanceAsked, refunds, awaitingBalance, resolving);
	}

	private Set<String> instancesAt(Set<String> instances, String activityId) {
		Set<String> at = new HashSet<>();
		List<String> all = new ArrayList<>(instances);
		for (int i = 0; i < all.size(); i += CHUNK) {
			Set<String> chunk = new HashSet<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
			this.runtime.createProcessInstanceQuery()
				.processInstanceIds(chunk)
				.activityIdIn(activityId)
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.forEach(at::add);
		}
		return at;
	}

	private void sumByStream(Map<String, Figures> byStream, BiFunction<Figures, BigDecimal, Figures> add, String sql,
			MapSqlParameterSource parameters) {
		this.jdbc.query(sql, parameters, (ResultSet rs) -> {
			String stream = rs.getString(1);
			BigDecimal amount = rs.getBigDecimal(2).setScale(2);
			byStream.put(stream, add.apply(byStream.getOrDefault(stream, Figures.zero()), amount));
		});
	}

	private static Balance balance(ResultSet rs) throws SQLException {
		BigDecimal fee = rs.getBigDecimal("expected_fee");
		return new Balance(rs.getLong("id"), rs.getString("file_number"), rs.getString("stream"),
				fee == null ? null : fee.setScale(2), instant(rs, "received_at"), rs.getString("status"),
				rs.getString("outcome"), instant(rs, "closed_at"), rs.getString("process_instance_id"),
				amount(rs, "paid"), amount(rs, "refunds"));
	}

	private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column).setScale(2);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.zone());
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	/**
	 * A period as the ledger shows it: figures per stream (every configured stream, in
	 * configuration order) and in total, and the variances found.
	 */
	public record Statement(Period period, Map<String, Figures> streams, Figures total, List<Found> variances) {
	}

	/**
	 * A variance found: on which file, how much, its cause, and the reason the system
	 * knows for it (null when a person must explain it).
	 */
	public record Found(Long applicationId, String fileNumber, String stream, Kind kind, BigDecimal amount,
			String cause, String knownReason) {
	}

	/** What an explanation is kept by: the same kind of variance on the same file. */
	private record Key(Long applicationId, Kind kind) {
	}

	/** A file's fee and what was paid for it. */
	record Balance(Long applicationId, String fileNumber, String stream, BigDecimal expectedFee, Instant receivedAt,
			String status, String outcome, Instant closedAt, String processInstanceId, BigDecimal paid,
			BigDecimal refunds) {

		BigDecimal net() {
			return this.paid.subtract(this.refunds);
		}

		boolean closed() {
			return this.closedAt != null || "CLOSED".equals(this.status) || "ARCHIVED".equals(this.status);
		}

		Balance withExpectedFee(BigDecimal fee) {
			return new Balance(this.applicationId, this.fileNumber, this.stream, fee, this.receivedAt, this.status,
					this.outcome, this.closedAt, this.processInstanceId, this.paid, this.refunds);
		}

	}

	/** A payment reversed in the period: when ({@code at}) and why ({@code note}). */
	record Reversal(Long paymentId, Long applicationId, BigDecimal amount, String method, String reference,
			Instant receivedAt, Instant at, String note) {
	}

	/**
	 * A payment received in the period and not deposited in time, with its batch if any.
	 */
	record Undeposited(Long paymentId, Long applicationId, BigDecimal amount, String method, String reference,
			Instant receivedAt, String batchNumber, Instant batchPreparedAt) {
	}

	/** The reasons the system knows, per file, and which variances each explains. */
	record Reasons(Set<Long> balanceAsked, Map<Long, String> refunds, Set<String> awaitingBalance,
			Set<String> resolving) {

		String forUnderpayment(Balance file) {
			if (file.closed()) {
				return closed(file);
			}
			return balancePursued(file);
		}

		String forOverpayment(Balance file) {
			String refund = this.refunds.get(file.applicationId());
			if (refund != null) {
				return "The overpayment is being given back: " + refund + ".";
			}
			if (file.processInstanceId() != null && this.resolving.contains(file.processInstanceId())) {
				return "Intake is resolving the fee variance of the file (task \"Resolve fee variance\").";
			}
			return null;
		}

		String forReversal(Balance file) {
			if (file.closed()) {
				return closed(file);
			}
			if (file.expectedFee() != null && file.net().compareTo(file.expectedFee()) >= 0) {
				return "The fee was paid in full since (CAD " + file.net() + " net of refunds).";
			}
			return balancePursued(file);
		}

		private String balancePursued(Balance file) {
			if (this.balanceAsked.contains(file.applicationId())) {
				return "The balance of the fee was asked for (" + FEE_BALANCE_DUE + ").";
			}
			if (file.processInstanceId() != null && this.awaitingBalance.contains(file.processInstanceId())) {
				return "The file waits for the balance of its fee.";
			}
			if (file.processInstanceId() != null && this.resolving.contains(file.processInstanceId())) {
				return "Intake is resolving the fee variance of the file (task \"Resolve fee variance\").";
			}
			return null;
		}

		private static String closed(Balance file) {
			return "The file was closed" + (file.outcome() == null ? "" : " (" + file.outcome() + ")")
					+ ": no more fee is expected.";
		}

	}

}
