package org.yorisoi.staff;

/**
 * How a row of a roster compares with the roster last submitted to the municipality under the same contract.
 * Rows are compared by person and by a fingerprint of their content as it appears on the roster.
 */
public enum RosterMark {
    /** The person was not on the last submitted roster (or nothing was submitted yet). */
    NEW("新規", "new"),
    /** The person was on it, and something shown on the row differs. */
    CHANGED("変更", "changed"),
    /** The person was on it with exactly this content. */
    UNCHANGED("変更なし", "unchanged"),
    /** The person was on it and is no longer on the roster (left, grant ended or revoked). */
    REMOVED("削除", "removed");

    private final String labelJa;
    private final String labelEn;

    RosterMark(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** The Japanese label used on exported rosters, e.g. {@code 変更}. */
    public String labelJa() {
        return labelJa;
    }

    /** The English label, lower case, e.g. {@code changed}. */
    public String labelEn() {
        return labelEn;
    }

    /** True when the row is to be pointed out to the municipality: anything but {@link #UNCHANGED}. */
    public boolean isChange() {
        return this != UNCHANGED;
    }
}
