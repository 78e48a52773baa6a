package org.yorisoi.platform;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.yorisoi.contract.spi.WindowKind;

/** A span of time during which a contract is open in one way; start inclusive, end exclusive. */
public record Opening(OffsetDateTime start, OffsetDateTime end, WindowKind kind) {
    public Opening {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean contains(OffsetDateTime instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
