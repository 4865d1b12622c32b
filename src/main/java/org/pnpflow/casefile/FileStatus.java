package org.pnpflow.casefile;

/**
 * Where a file stands as a whole.
 */
public enum FileStatus {

	OPEN, DECIDED, CLOSED, ARCHIVED

}
