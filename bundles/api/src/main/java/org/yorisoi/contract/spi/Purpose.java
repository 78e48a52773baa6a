package org.yorisoi.contract.spi;

/** Why something goes to a recipient; routing rules choose recipients per purpose. */
public enum Purpose {
    /** Regular performance reports (daily, weekly, monthly). */
    REPORTS,
    /** Case information needing school guidance or sharing with agencies. */
    CASE_INFORMATION,
    /** Emergency notices: life or body at risk. */
    EMERGENCY,
    /** End-of-term deliverables: all consultation data and the analysis report. */
    TERM_DELIVERABLES,
    /** The staff roster, before the start and on every change. */
    ROSTER,
    /** Read access to consultation contents (municipal viewers). */
    CONTENT_ACCESS,
    /** Records and forms of case work (Sakai forms 1–3). */
    CASE_RECORDS,
    /** Incidents involving personal data, and erasure records. */
    DATA_PROTECTION,
    /** Invoices. */
    BILLING
}
