package org.pnpflow.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's summary or details longer than a Camunda variable holds are cut, and say so.
 */
class TaskTextLimitTest {

	@Test
	void aLongTextIsCutAtALineEndWithANote() {
		String line = "- **CHECK**: CLEAR (system): " + "x".repeat(70) + "\n";
		String text = line.repeat(200);
		String fitted = TaskLifecycle.fitted(text);
		assertThat(fitted.length()).isLessThanOrEqualTo(TaskLifecycle.TEXT_LIMIT);
		assertThat(fitted).endsWith("shortened here; the whole record is on the file.");
		assertThat(fitted.substring(0, fitted.indexOf("\n\n…") + 1)).endsWith("\n");
		assertThat(text).startsWith(fitted.substring(0, fitted.indexOf("\n\n…")));
	}

	@Test
	void aShortTextStaysWhole() {
		assertThat(TaskLifecycle.fitted("short\ntext")).isEqualTo("short\ntext");
		assertThat(TaskLifecycle.fitted(null)).isNull();
	}

}
