package org.yorisoi.audit;

/**
 * The actions the platform audits, as stored in {@link AuditEvent#action()}: lower-case and dash-separated, so
 * that an operator can type them ({@code yorisoi:audit-search --action login-failed}).
 */
public final class AuditActions {

    /** A successful login; the actor is the user. */
    public static final String LOGIN = "login";
    /** A refused login; the actor is the name that was tried, the detail the reason (never the password). */
    public static final String LOGIN_FAILED = "login-failed";
    public static final String LOGOUT = "logout";
    /** A read of consultation content; the target is the consultation (or message) id. */
    public static final String CONTENT_READ = "content-read";
    /** A change of stored data; the target is the id of what was written. */
    public static final String WRITE = "write";
    /** A deletion or withdrawal of stored data; the target is its id. */
    public static final String DELETE = "delete";
    /** Data leaving the platform (a download, a report sent); the target is the export's id. */
    public static final String EXPORT = "export";
    /** A configuration created, updated or deleted; the target is the PID. Never the values. */
    public static final String CONFIG_CHANGE = "config-change";
    /** A contract bundle came up; the target is bundle and version. */
    public static final String CONTRACT_DEPLOYED = "contract-deployed";
    /** A contract bundle went away; the target is bundle and version. */
    public static final String CONTRACT_UNDEPLOYED = "contract-undeployed";
    /** A staff account or its roles changed; the target is the staff id. */
    public static final String ACCOUNT_CHANGE = "account-change";
    /** A contract's consultation data was erased; the target is the erasure record's id. */
    public static final String DATA_ERASED = "data-erased";
    /** A session ended by idle time-out or because the account no longer qualifies; the target is the person id. */
    public static final String SESSION_EXPIRED = "session-expired";
    /** A request was refused for lack of permission; the detail names the permission. */
    public static final String ACCESS_DENIED = "access-denied";
    /** The audit log was searched; the detail is the criteria. */
    public static final String AUDIT_SEARCHED = "audit-searched";
    /** The audit chain was verified; the outcome is SUCCESS when intact, FAILURE otherwise. */
    public static final String AUDIT_VERIFIED = "audit-verified";
    /**
     * At start-up the newest entry in the database did not match the anchor kept outside it: entries were deleted
     * or added behind the platform's back, or it stopped between storing an entry and anchoring it.
     */
    public static final String AUDIT_HEAD_MISMATCH = "audit-head-mismatch";

    /** The risk detector found risk in a consulter's message; the target is the message id, the detail the severity. */
    public static final String RISK_DETECTED = "risk-detected";
    /** A new risk lexicon version was published; the target is the version, the detail its entry count. */
    public static final String LEXICON_PUBLISHED = "lexicon-published";
    /** A case was opened; the target is the case id (as for every case-* and notice-* action). */
    public static final String CASE_OPENED = "case-opened";
    /** A case step was done; the detail is the step index and kind. */
    public static final String CASE_STEP_DONE = "case-step-done";
    /** A case step was given to another person; the detail names the step and the person id. */
    public static final String CASE_STEP_ASSIGNED = "case-step-assigned";
    /** A case was closed. */
    public static final String CASE_CLOSED = "case-closed";
    /** A notice was sent (or sent again); the detail is the notice id, attempt, recipient and the server's answer. */
    public static final String NOTICE_SENT = "notice-sent";
    /** A notice could not be delivered; the detail is the notice id and the server's answer. */
    public static final String NOTICE_FAILED = "notice-failed";
    /** The recipient acknowledged a notice; the detail is the notice id. */
    public static final String NOTICE_ACKNOWLEDGED = "notice-acknowledged";
    /** A lead alert was raised; the detail is its kind and id. */
    public static final String LEAD_ALERTED = "lead-alerted";

    private AuditActions() {
    }
}
