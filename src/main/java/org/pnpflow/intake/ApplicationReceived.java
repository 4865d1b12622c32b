package org.pnpflow.intake;

/**
 * An application was received and its file created. Published inside the transaction that
 * creates the file; listeners that act on it only once it is final use
 * {@code @TransactionalEventListener}.
 *
 * @param stream the stream code applied under, e.g. {@code SKILLED_WORKER}
 * @param channel how it came in: {@code PORTAL} or {@code PAPER}
 */
public record ApplicationReceived(String stream, String channel) {
}
