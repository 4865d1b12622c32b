package org.pnpflow.archive;

import org.springframework.http.HttpStatus;

/**
 * A legal-hold, register or access request that cannot be done, with the status and, for
 * bad input, the field at fault. Nothing was changed.
 */
class ArchiveRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	private ArchiveRequestException(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static ArchiveRequestException invalid(String field, String message) {
		return new ArchiveRequestException(HttpStatus.BAD_REQUEST, field, message);
	}

	static ArchiveRequestException notFound(String message) {
		return new ArchiveRequestException(HttpStatus.NOT_FOUND, null, message);
	}

	static ArchiveRequestException conflict(String message) {
		return new ArchiveRequestException(HttpStatus.CONFLICT, null, message);
	}

	HttpStatus status() {
		return this.status;
	}

	String field() {
		return this.field;
	}

}
