package org.yorisoi.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.contract.spi.Role;

/**
 * Who may work what under a deployed contract, shifts, and the staffed windows that fall short.
 *
 * @throws org.yorisoi.platform.UnknownContractException when the contract is not deployed
 * @throws IllegalArgumentException for an unknown person or invalid input, with a message saying what is wrong
 */
@ProviderType
public interface Staffing {

    /**
     * Whether the person may work the role (or one activity of it) under the contract today. The person must be
     * active and hold a grant of the role under the contract in effect today. Of the contract's qualification
     * rules for the role, those naming {@code activity} replace the role-wide ones for it; the person must meet
     * at least one of the rules that apply; a role without rules needs the grant only.
     *
     * @param activity an activity id of the contract, or {@code null} for the role as a whole
     */
    EligibilityResult mayWork(String personId, String contractId, Role role, String activity);

    /**
     * Assigns a shift. Refused ({@link IllegalArgumentException} naming the reasons) when the person may not work
     * the role under the contract (the grant must be in effect on every day the shift touches) or already has a
     * shift, under any contract, sharing an instant with this one. Recorded in the person's history.
     */
    Shift assign(String personId, String contractId, Role role, OffsetDateTime start, OffsetDateTime end,
                 String actor);

    /** Cancels a shift; recorded in the person's history. Returns false when there is no such shift. */
    boolean cancel(String shiftId, String actor);

    /** The contract's shifts sharing an instant with {@code from}..{@code to}, by start then person. */
    List<Shift> shifts(String contractId, OffsetDateTime from, OffsetDateTime to);

    /**
     * Every span of the contract's staffed (HUMAN) openings on the days {@code from}..{@code to} (both included)
     * during which a staffing rule for those openings is not met: fewer shifts of the role than its minimum at
     * some instant, or more than its maximum when it has one. Shifts of deactivated persons do not count. Ordered
     * by start, then the contract's rule order.
     */
    List<Shortfall> check(String contractId, LocalDate from, LocalDate to);
}
