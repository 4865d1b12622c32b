package org.pnpflow.numbering;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free counters per name and year (file numbers, certificate numbers).
 *
 * <p>
 * The next value is taken under a row lock inside the caller's transaction: a rolled-back
 * caller gives its number back, concurrent callers queue on the lock, so numbers are
 * unique, consecutive and never reused.
 */
@Service
public class NumberSequences {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	NumberSequences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes the next number of the sequence for the year. Must run inside the transaction
	 * that uses the number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String sequenceName, int year) {
		ensureExists(sequenceName, year);
		Long value = this.jdbc.queryForObject(
				"select next_value from number_sequence where sequence_name = ? and sequence_year = ? for update",
				Long.class, sequenceName, year);
		this.jdbc.update("update number_sequence set next_value = ? where sequence_name = ? and sequence_year = ?",
				value + 1, sequenceName, year);
		return value;
	}

	private void ensureExists(String sequenceName, int year) {
		Integer rows = this.jdbc.queryForObject(
				"select count(*) from number_sequence where sequence_name = ? and sequence_year = ?", Integer.class,
				sequenceName, year);
		if (rows != null && rows > 0) {
			return;
		}
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc.update(
					"insert into number_sequence (sequence_name, sequence_year, next_value) values (?, ?, 1)",
					sequenceName, year));
		}
		catch (DataIntegrityViolationException alreadyCreatedByAnotherTransaction) {
			// another submission created this year's counter first: use theirs
		}
	}

}
