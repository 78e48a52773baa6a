package org.yorisoi.contract.spi;

/** How an activity counts toward per-dispatch (出務) billing. */
public enum Billing {
    /** One dispatch per counselor attending. */
    PER_COUNSELOR,
    /** One dispatch per activity, however many calls or counselors it took. */
    ONCE_PER_ACTIVITY,
    /** Not billed per dispatch (part of the lump sum). */
    LUMP_SUM
}
