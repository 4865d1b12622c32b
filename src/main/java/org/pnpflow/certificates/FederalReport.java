package org.pnpflow.certificates;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A monthly report of nominations and extensions for the federal department, as generated
 * and kept (its workbook in the content store under its SHA-256).
 */
@Entity
public class FederalReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String period;

	private Instant generatedAt;

	private int rowCount;

	private String sha256;

	protected FederalReport() {
	}

	FederalReport(String period, Instant generatedAt, int rowCount, String sha256) {
		this.period = period;
		this.generatedAt = generatedAt;
		this.rowCount = rowCount;
		this.sha256 = sha256;
	}

	public String getPeriod() {
		return this.period;
	}

	public Instant getGeneratedAt() {
		return this.generatedAt;
	}

	public int getRowCount() {
		return this.rowCount;
	}

	public String getSha256() {
		return this.sha256;
	}

}
