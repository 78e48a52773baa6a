package org.yorisoi.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract's roster as of one day, compared with the roster last submitted to the municipality.
 *
 * @param contractId the contract
 * @param contractNameJa the contract's Japanese name
 * @param asOf the day (Asia/Tokyo) whose grants count: in effect that day or starting later
 * @param generatedAt when the sheet was made
 * @param lastSubmission the submission the marks compare with, or {@code null} when none was recorded
 * @param rows one per person, contract managers first, then leads, system managers and counselors, then by login
 * @param removed persons on the last submitted roster who are no longer on it, by login
 */
public record RosterSheet(String contractId, String contractNameJa, LocalDate asOf, Instant generatedAt,
                          RosterSubmission lastSubmission, List<RosterRow> rows, List<RosterRemoval> removed) {

    public RosterSheet {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(contractNameJa, "contractNameJa");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(generatedAt, "generatedAt");
        rows = List.copyOf(rows);
        removed = List.copyOf(removed);
    }

    /** The submission the marks compare with. */
    public Optional<RosterSubmission> previous() {
        return Optional.ofNullable(lastSubmission);
    }

    /** True when the roster differs from the last submitted one: a row new or changed, or a person removed. */
    public boolean changedSinceLastSubmission() {
        return !removed.isEmpty() || rows.stream().anyMatch(r -> r.mark().isChange());
    }
}
