package org.pnpflow.certificates;

/**
 * A Nominee Certificate was issued. Published once per certificate, inside the
 * transaction that takes its number.
 *
 * @param stream the stream code of the nominee's file
 */
public record CertificateIssued(String stream) {
}
