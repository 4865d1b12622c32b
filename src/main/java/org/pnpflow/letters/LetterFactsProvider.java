package org.pnpflow.letters;

import java.util.Map;

import org.pnpflow.casefile.ApplicationFile;

/**
 * Adds the facts of one part of the file that letters quote (missing items, interview
 * time, reasons, certificate number, ...) to the placeholders of a letter.
 */
public interface LetterFactsProvider {

	void contribute(ApplicationFile file, LetterType type, Map<String, Object> facts);

}
