package org.yorisoi.contract.spi;

/** The kinds of opening a contract's calendar has. */
public enum WindowKind {
    /** Qualified counselors answer. */
    HUMAN,
    /** The AI listener answers. */
    AI,
    /** Appointments in the standard window. */
    APPOINTMENT_STANDARD,
    /** Appointments in the extended window (evenings, weekends, holidays) when the person cannot make the standard one. */
    APPOINTMENT_EXTENDED
}
