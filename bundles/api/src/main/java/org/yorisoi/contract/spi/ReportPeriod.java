package org.yorisoi.contract.spi;

/** How a report's periods are cut from the term. */
public enum ReportPeriod {
    /** Each calendar day of the term. */
    DAILY,
    /** Each Monday-to-Sunday week, clipped to the term. */
    WEEKLY,
    /** Each calendar month, clipped to the term. */
    MONTHLY,
    /** The whole term once (end-of-term deliverables). */
    TERM,
    /** Once, around the start of the term (e.g. the staff roster). */
    TERM_START,
    /** Per event (a case, a roster change): tracked by the issue that creates the event, never scheduled. */
    EVENT
}
