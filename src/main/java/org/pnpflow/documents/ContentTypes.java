package org.pnpflow.documents;

import java.util.Arrays;

/**
 * Tells what a file is from its first bytes, whatever its name says. PDF, JPEG and PNG
 * are what the program accepts.
 */
final class ContentTypes {

	static final String PDF = "application/pdf";

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private ContentTypes() {
	}

	/** The content type, or {@code null} when it is none of the accepted ones. */
	static String detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return PDF;
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return JPEG;
		}
		if (startsWith(content, PNG_MAGIC)) {
			return PNG;
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
