package org.yorisoi.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * The record that a contract's roster was submitted to the municipality. The content of every row is kept as a
 * fingerprint, so that the next roster can mark what changed since.
 *
 * @param id increasing number, orders submissions across all contracts
 * @param contractId the contract
 * @param submittedAt when the submission was recorded
 * @param submittedBy the acting user's name
 * @param persons rows on the submitted roster
 * @param added rows marked {@link RosterMark#NEW} at submission
 * @param changed rows marked {@link RosterMark#CHANGED} at submission
 * @param removed persons reported {@link RosterMark#REMOVED} at submission
 */
public record RosterSubmission(long id, String contractId, Instant submittedAt, String submittedBy, int persons,
                               int added, int changed, int removed) {
    public RosterSubmission {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }

    /** True when the submitted roster differed from the one submitted before it (or was the first). */
    public boolean hadChanges() {
        return added + changed + removed > 0;
    }
}
