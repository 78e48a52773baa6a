package org.yorisoi.platform;

import java.time.OffsetDateTime;

/**
 * What a consulter finds at an instant.
 *
 * @param contract the contract id
 * @param at the instant asked about, at +09:00
 * @param receiving whether consulters' messages are accepted (within the term, on a chat channel)
 * @param humanStaffed whether counselors answer
 * @param aiAvailable whether the AI listener answers
 * @param appointmentWindow the appointment window open now, or {@code null}
 * @param nextHumanOpening the start of the next staffed opening after {@code at} within the term, or {@code null}
 */
public record Availability(String contract, OffsetDateTime at, boolean receiving, boolean humanStaffed,
                           boolean aiAvailable, AppointmentWindow appointmentWindow, OffsetDateTime nextHumanOpening) {

    /** The appointment windows, as the public API names them. */
    public enum AppointmentWindow {
        STANDARD, EXTENDED
    }
}
