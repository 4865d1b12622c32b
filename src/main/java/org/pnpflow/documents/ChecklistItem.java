package org.pnpflow.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of a file's document checklist as last checked: the document type, its state
 * (a problem code when something is wrong), the problem in words an applicant
 * understands, and the facts the sentence quotes.
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

	private String detail;

	private boolean blocking;

	private Instant checkedAt;

	protected ChecklistItem() {
	}

	public ChecklistItem(Long applicationId, String documentType, ItemState state, String problem, String detail,
			Instant checkedAt) {
		this.applicationId = applicationId;
		this.documentType = documentType;
		this.state = state;
		this.problem = problem;
		this.detail = detail;
		this.blocking = state.isBlocking();
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

	/** The facts quoted by the problem sentence, separated by '|'. */
	public String getDetail() {
		return this.detail;
	}

	public Instant getCheckedAt() {
		return this.checkedAt;
	}

	/** Something the applicant must still send or correct. */
	public boolean isOutstanding() {
		return this.blocking;
	}

	public boolean isProblem() {
		return this.state.isProblem();
	}

	void receivedOnPaper() {
		this.state = ItemState.RECEIVED_ON_PAPER;
		this.problem = null;
		this.detail = null;
		this.blocking = false;
	}

}
