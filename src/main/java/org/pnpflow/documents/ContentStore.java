package org.pnpflow.documents;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bytes kept by the program (uploaded documents, letters, certificates, reports), stored
 * once per content and found by their SHA-256, in the database
 * (docs/adr/005-documents-in-the-database.md).
 */
@Service
public class ContentStore {

	private final DocumentContentRepository contents;

	ContentStore(DocumentContentRepository contents) {
		this.contents = contents;
	}

	/** Keeps the bytes (once) and returns their SHA-256. */
	@Transactional
	public String put(byte[] content) {
		String sha256 = DocumentUploads.sha256(content);
		if (!this.contents.existsById(sha256)) {
			this.contents.save(new DocumentContent(sha256, content));
		}
		return sha256;
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> get(String sha256) {
		return sha256 == null ? Optional.empty() : this.contents.findById(sha256).map(DocumentContent::getContent);
	}

}
