package org.yorisoi.emergency;

/** How a case came to be opened. */
public enum CaseOrigin {
    /** A counselor or lead judged it so. */
    DECLARED,
    /** A counselor or lead confirmed the risk detector's finding on a message. */
    DETECTION_CONFIRMED
}
