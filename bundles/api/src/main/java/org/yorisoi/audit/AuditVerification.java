package org.yorisoi.audit;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param intact true when every entry checked out and the newest one matches the anchor
 * @param entriesChecked how many entries were read before the check ended
 * @param firstBadSequence the sequence number of the first entry found missing, altered, out of place or
 *        unanchored; null when intact
 * @param problem what is wrong, in one English sentence; null when intact
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBadSequence, String problem) {

    public static AuditVerification ok(long entriesChecked) {
        return new AuditVerification(true, entriesChecked, null, null);
    }

    public static AuditVerification broken(long entriesChecked, long firstBadSequence, String problem) {
        return new AuditVerification(false, entriesChecked, firstBadSequence, problem);
    }
}
