package org.yorisoi.emergency;

/** Where a case stands. */
public enum CaseState {
    /** Steps are being taken. */
    OPEN,
    /** Closed by a counselor or lead, with its outcome recorded. */
    CLOSED
}
