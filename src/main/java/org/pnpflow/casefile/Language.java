package org.pnpflow.casefile;

/**
 * The official language an applicant chose for letters.
 */
public enum Language {

	EN, FR

}
