package org.pnpflow.documents;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The bytes of an uploaded document, stored once per content (its SHA-256).
 */
@Entity
class DocumentContent {

	@Id
	private String sha256;

	private byte[] content;

	protected DocumentContent() {
	}

	DocumentContent(String sha256, byte[] content) {
		this.sha256 = sha256;
		this.content = content;
	}

	byte[] getContent() {
		return this.content;
	}

}
