package org.yorisoi.staff;

import java.time.OffsetDateTime;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.WindowKind;

/**
 * A span of an opening during which a staffing rule is not met. When too few are on duty, {@code assigned} is
 * below {@code required} (the rule's minimum); when too many, {@code assigned} is above {@code required} (the
 * rule's maximum).
 *
 * @param start start of the span, at +09:00
 * @param end end of the span (exclusive), at +09:00
 * @param kind the kind of opening
 * @param role the role counted
 * @param required the rule's minimum, or its maximum when exceeded
 * @param assigned shifts of the role covering the whole span
 * @param clause the clause of the staffing rule
 */
public record Shortfall(OffsetDateTime start, OffsetDateTime end, WindowKind kind, Role role, int required,
                        int assigned, String clause) {

    /** True when too many are on duty rather than too few. */
    public boolean excess() {
        return assigned > required;
    }
}
