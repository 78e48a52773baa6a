package org.yorisoi.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A deployed contract's calendar, availability and report schedule, computed from its rules, the
 * national holidays and the platform clock. Times are returned with the +09:00 offset.
 */
@ProviderType
public interface ContractCalendar {

    /** Longest range {@link #openings} and {@link #reportSchedule} accept, in days. */
    int MAX_RANGE_DAYS = 3 * 366;

    /**
     * Openings from the start of {@code from} to the end of {@code to} (both inclusive), sorted by start then
     * kind, adjacent or overlapping openings of one kind merged, clipped to the contract's term.
     *
     * @throws UnknownContractException when no such contract is deployed
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range exceeds {@link #MAX_RANGE_DAYS}
     */
    List<Opening> openings(String contractId, LocalDate from, LocalDate to);

    /** What a consulter finds at an instant. */
    Availability availability(String contractId, OffsetDateTime at);

    /** Every periodic report whose due date falls within {@code from}..{@code to} (both inclusive), by due date. */
    List<ReportDue> reportSchedule(String contractId, LocalDate from, LocalDate to);
}
