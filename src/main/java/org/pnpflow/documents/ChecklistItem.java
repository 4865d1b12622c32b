package org.pnpflow.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of a file's document checklist as last checked: the document type and its
 * state, with the problem in words an applicant understands.
 */
@Entity
public class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String documentType;

	@Enumerated(EnumType.STRING)
	private ItemState state;

	private String problem;

	private Instant checkedAt;

	protected ChecklistItem() {
	}

	public ChecklistItem(Long applicationId, String documentType, ItemState state, String problem, Instant checkedAt) {
		this.applicationId = applicationId;
		this.documentType = documentType;
		this.state = state;
		this.problem = problem;
		this.checkedAt = checkedAt;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public ItemState getState() {
		return this.state;
	}

	public String getProblem() {
		return this.problem;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	public boolean isOutstanding() {
		return this.state.isProblem();
	}

	void receivedOnPaper() {
		this.state = ItemState.RECEIVED_ON_PAPER;
		this.problem = null;
	}

}
