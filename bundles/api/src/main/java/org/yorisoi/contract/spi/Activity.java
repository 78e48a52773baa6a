package org.yorisoi.contract.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * An activity of appointment-based case work (Sakai).
 *
 * @param id stable id, e.g. {@code hearing}
 * @param nameJa the activity's name in the specification
 * @param counselors counselors normally assigned
 * @param typicalDuration the planned length
 * @param windows the appointment windows it may be booked in; empty when it is not booked in a window
 *                (e.g. an online case conference arranged freely)
 * @param priorCoordination whether a prior coordination with the city (事前調整) precedes it
 * @param billing how it counts toward per-dispatch billing
 * @param lateCancellationBilled whether a no-show or a cancellation shortly before the start still counts
 * @param clause the clause of the specification
 */
public record Activity(String id, String nameJa, int counselors, Duration typicalDuration, Set<WindowKind> windows,
                       boolean priorCoordination, Billing billing, boolean lateCancellationBilled, String clause) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(typicalDuration, "typicalDuration");
        windows = Set.copyOf(windows);
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(clause, "clause");
    }
}
