package org.pnpflow.process;

/**
 * Writes values into the markdown that task forms show, so that what an applicant typed
 * is shown as text and never as formatting or markup.
 */
public final class Markdown {

	private Markdown() {
	}

	public static String text(Object value) {
		if (value == null) {
			return "—";
		}
		StringBuilder out = new StringBuilder();
		for (char c : value.toString().toCharArray()) {
			if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\n' || c == '\r' ? ' ' : c);
		}
		return out.toString();
	}

}
