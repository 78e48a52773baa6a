package org.yorisoi.staff;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The staff roster of a contract (従事者名簿), which the contracts require before the start and again on every
 * change (kyoto 6(5)イ, kumamoto 6(7)カ, sakai 6⑥). On it: every active person with a grant under the contract
 * in effect today or starting later, in the roles the contract names — contract manager, lead and counselor, and
 * system manager where the contract's rules name that role (kumamoto 6(7)エ) — never municipal viewers,
 * administrators or the platform's own system managers (grants under every contract). "Today" is the platform
 * clock's day in Asia/Tokyo.
 *
 * <p>Each row is marked against the roster last submitted under the contract, so that a change roster shows what
 * changed since.
 *
 * @throws org.yorisoi.platform.UnknownContractException when the contract is not deployed
 */
@ProviderType
public interface Roster {

    /** The roster as of today, marked against the last submission. */
    RosterSheet roster(String contractId);

    /**
     * The roster as CSV for Excel: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, a header row in
     * Japanese with English in parentheses, the first column 「前回提出からの変更 (changed since last submission)」,
     * persons removed since the last submission at the end. Several values in one cell are separated by line breaks.
     * A cell that Excel would take for a formula is prefixed with an apostrophe.
     */
    byte[] csv(String contractId);

    /**
     * The roster as an Office Open XML workbook (.xlsx) with the same columns as {@link #csv(String)}: a bold,
     * frozen header row, new and changed rows highlighted, removed persons struck through.
     */
    byte[] xlsx(String contractId);

    /**
     * Records that the roster as of now was submitted to the municipality: a fingerprint of every row, and the
     * names for reporting removals later. From then on, rosters are marked against this submission.
     *
     * @param actor the acting user's name
     */
    RosterSubmission submit(String contractId, String actor);

    /** The contract's submissions, newest first; also for a contract no longer deployed that has submissions. */
    List<RosterSubmission> submissions(String contractId);
}
