package org.pnpflow.registers;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entry of one of the program's registers: what the register knows it by (its
 * reference), and who wrote it last, when. Entries are replaced whole, never edited field
 * by field.
 */
@MappedSuperclass
abstract class RegisterEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private Instant updatedAt;

	private String updatedBy;

	protected RegisterEntry() {
	}

	protected RegisterEntry(String reference) {
		this.reference = reference;
	}

	String getReference() {
		return this.reference;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	void recordUpdate(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** What the entry says, by column name, without its reference and who wrote it. */
	abstract Map<String, Object> fields();

}
