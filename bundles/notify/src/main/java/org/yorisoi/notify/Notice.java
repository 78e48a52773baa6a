package org.yorisoi.notify;

import java.util.Objects;

/**
 * One notice to one recipient.
 *
 * <p>The {@code body} carries only what the recipient needs to act: the case id, the contract, the urgency,
 * what to do and the acknowledgement link. It must never contain the transcript of the consultation or any
 * words of the consulter: the notice leaves the platform over mail or HTTP and is kept by third parties.
 * There is deliberately no field for a transcript.
 *
 * @param id             unique id of this notice; appears in logs, headers and the acknowledgement link
 * @param contractId     the contract the case belongs to, e.g. {@code kyoto}
 * @param subject        a short subject line (Japanese allowed)
 * @param body           the minimum needed to act, as plain text (Japanese allowed), never a transcript
 * @param acknowledgeUrl the link the recipient follows to acknowledge receipt
 */
public record Notice(String id, String contractId, String subject, String body, String acknowledgeUrl) {

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(acknowledgeUrl, "acknowledgeUrl");
        if (id.isBlank()) {
            throw new IllegalArgumentException("notice id must not be blank");
        }
    }

    /** Keeps the subject and body out of logs and exceptions by accident. */
    @Override
    public String toString() {
        return "Notice[id=" + id + ", contractId=" + contractId + "]";
    }
}
