package org.yorisoi.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;

/**
 * The staff directory. Every mutating method takes the acting user's name ({@code actor}) and records a
 * {@link StaffChange} in the same transaction; "today" is the platform clock's day in Asia/Tokyo.
 *
 * @throws IllegalArgumentException from every method, with a message saying what is wrong: an unknown or
 *         inactive person, a login name taken, a role outside its scope, a grant ending before it starts, a
 *         blank required value
 */
@ProviderType
public interface StaffDirectory {

    /** Creates an active person with a unique login name (1–64 characters: letters, digits, {@code . _ @ -}). */
    Person createPerson(String loginName, String displayName, String actor);

    /**
     * Deactivates a person (left the operator, or access revoked): the person stays in the directory and the
     * history, every role grant in effect or still to come ends so that none is in effect from today on.
     */
    Person deactivate(String personId, String actor);

    /**
     * Grants a role under a contract from {@code from} ({@code null}: today) to {@code until} (inclusive;
     * {@code null}: open-ended). {@link RoleGrant#EVERY_CONTRACT} is allowed only for {@link Role#ADMIN} and
     * {@link Role#SYSTEM_MANAGER}, and {@link Role#ADMIN} is granted only that way. A grant overlapping an
     * existing grant of the same role and contract is refused.
     */
    RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until, String actor);

    /**
     * As {@link #grantRole(String, String, Role, LocalDate, LocalDate, String)}, for a municipal viewer working for
     * {@code organisation}, a recipient id of the contract (required for {@link Role#MUNICIPAL_VIEWER}, refused for
     * the other roles).
     */
    RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                        String organisation, String actor);

    /**
     * Ends the person's grants of the role under the contract so that none is in effect from today on: a grant
     * in effect ends yesterday, a grant not begun yet is withdrawn.
     *
     * @return the grants as they were before the revocation; empty when there was nothing to revoke
     */
    List<RoleGrant> revokeRole(String personId, String contractId, Role role, String actor);

    /**
     * Records a qualification. With {@code verifiedBy} it is verified now; without, it is recorded unverified
     * and does not count until {@link #verifyQualification}.
     */
    QualificationRecord addQualification(String personId, Qualification type, String certificateNumber,
                                         String verifiedBy, String actor);

    /** Marks the person's unverified qualifications of a type as verified now by {@code verifiedBy}. */
    List<QualificationRecord> verifyQualification(String personId, Qualification type, String verifiedBy,
                                                  String actor);

    /** Records a period of experience of at least one month. */
    ExperienceRecord addExperience(String personId, ExperienceKind kind, int months, String description,
                                   String actor);

    /**
     * Records an approved exception under a contract, approved by {@code approvedBy} at {@code approvedAt}
     * ({@code null}: now).
     */
    ApprovalRecord addApproval(String personId, String approvalKind, String contractId, String approvedBy,
                               Instant approvedAt, String note, String actor);

    /** The person with this id. */
    Optional<Person> person(String personId);

    /** The person with this login name. */
    Optional<Person> byLogin(String loginName);

    /** Every person, active or not, by login name. */
    List<Person> persons();

    /** The person's role grants, past, present and future, by contract, role and start. */
    List<RoleGrant> grants(String personId);

    /** The person's qualifications, verified or not, by when they were recorded. */
    List<QualificationRecord> qualifications(String personId);

    /** The person's experience records, by when they were recorded. */
    List<ExperienceRecord> experience(String personId);

    /** The person's approvals under every contract, by when they were recorded. */
    List<ApprovalRecord> approvals(String personId);

    /** Verified qualifications, experience months summed per kind, and the kinds of every approval recorded. */
    StaffProfile profile(String personId);

    /** As {@link #profile(String)}, with only the approvals recorded under this contract. */
    StaffProfile profile(String personId, String contractId);

    /** Every change to the person, oldest first. */
    List<StaffChange> history(String personId);
}
