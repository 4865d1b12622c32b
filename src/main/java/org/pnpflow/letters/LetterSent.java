package org.pnpflow.letters;

/**
 * A letter was made and, where letters are emailed, sent to every recipient. Published
 * once per letter, inside the transaction that makes it: a step that runs again for a
 * letter already made publishes nothing.
 *
 * @param letterType the kind of letter
 */
public record LetterSent(LetterType letterType) {
}
