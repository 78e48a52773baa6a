package org.yorisoi.contract.spi;

/** The automatic replies a contract words. */
public enum AutoReply {
    /** First contact: greeting and privacy notice. */
    WELCOME,
    /** Outside staffed hours; may use {@code {nextOpening}}. */
    OUT_OF_HOURS,
    /** All counselors busy; may use {@code {queuePosition}}. */
    ALL_BUSY,
    /** A conversation running at closing time: closed with care and invited back; may use {@code {nextOpening}}. */
    CLOSING_TIME,
    /** During a pause of the term (e.g. New Year); may use {@code {nextOpening}}. */
    PAUSED,
    /** Outside the term: the service is closed; names other services. */
    OUTSIDE_TERM,
    /** A consulter outside the population: answered sincerely and referred. */
    NOT_ELIGIBLE,
    /** Before the AI lane: do not type personal information. */
    AI_PERSONAL_INFORMATION_WARNING,
    /** Before personal information goes from the AI lane to the counselors: consent. */
    AI_HANDOFF_CONSENT
}
