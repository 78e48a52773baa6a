package org.yorisoi.security;

import static org.yorisoi.contract.spi.Role.ADMIN;
import static org.yorisoi.contract.spi.Role.CONTRACT_MANAGER;
import static org.yorisoi.contract.spi.Role.COUNSELOR;
import static org.yorisoi.contract.spi.Role.LEAD;
import static org.yorisoi.contract.spi.Role.MUNICIPAL_VIEWER;
import static org.yorisoi.contract.spi.Role.SYSTEM_MANAGER;

import java.util.EnumSet;
import java.util.Set;

import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

/**
 * What an endpoint or command needs: the roles that hold it and its scope. The single table of who may do what;
 * the OpenAPI document and the README are generated from it. Least privilege: administrators and system managers
 * run the platform but do not read consultation content.
 */
public enum Permission {
    /** A contract's description, calendar, availability and report schedule. */
    CONTRACT_READ(Scope.CONTRACT, COUNSELOR, LEAD, CONTRACT_MANAGER, SYSTEM_MANAGER, MUNICIPAL_VIEWER, ADMIN),
    /** The deployment history of contract bundles. */
    DEPLOYMENT_READ(Scope.PLATFORM, SYSTEM_MANAGER, ADMIN),
    /** Consultation content (narrowed for municipal viewers by {@link ContentAccess}). */
    CONTENT_READ(Scope.CONTRACT, COUNSELOR, LEAD, CONTRACT_MANAGER, MUNICIPAL_VIEWER),
    /** Writing into consultations. */
    CONTENT_WRITE(Scope.CONTRACT, COUNSELOR, LEAD),
    /** The staff directory: persons, their grants, qualifications, experience, approvals and history. */
    STAFF_READ(Scope.PLATFORM, SYSTEM_MANAGER, ADMIN),
    /** Creating and deactivating persons, granting roles, recording qualifications; passwords and unlocking. */
    STAFF_MANAGE(Scope.PLATFORM, SYSTEM_MANAGER, ADMIN),
    /** A contract's staffing: eligibility, shifts, staffing check. */
    STAFFING_READ(Scope.CONTRACT, LEAD, CONTRACT_MANAGER, SYSTEM_MANAGER, ADMIN),
    /** Assigning and cancelling shifts under a contract. */
    SHIFT_MANAGE(Scope.CONTRACT, LEAD, CONTRACT_MANAGER),
    /** Downloading a contract's staff roster (it goes to the municipality). */
    ROSTER_EXPORT(Scope.CONTRACT, CONTRACT_MANAGER, MUNICIPAL_VIEWER, ADMIN),
    /** Recording that the roster was submitted to the municipality. */
    ROSTER_SUBMIT(Scope.CONTRACT, CONTRACT_MANAGER),
    /** Searching and verifying the audit log. */
    AUDIT_READ(Scope.PLATFORM, SYSTEM_MANAGER, ADMIN),
    /** Answering chat: the queue, call-backs, claiming, sending, closing with the record, sending instructions. */
    CHAT_ANSWER(Scope.CONTRACT, COUNSELOR, LEAD),
    /** Seeing every live conversation of the contract read-only, leaving notes, transferring any. */
    CHAT_SUPERVISE(Scope.CONTRACT, LEAD),
    /** Recording a municipality-directed message for a consulter's thread (Asahikawa 7(2)オ). */
    INSTRUCTION_WRITE(Scope.CONTRACT, MUNICIPAL_VIEWER),
    /** Erasing a contract's consultation data. */
    DATA_ERASE(Scope.CONTRACT, ADMIN),
    /** Reading and printing erasure records (the written report the contracts ask for). */
    ERASURE_RECORD_READ(Scope.CONTRACT, CONTRACT_MANAGER, MUNICIPAL_VIEWER, ADMIN),
    /** Declaring an emergency or information-sharing case, or confirming a detection as one. */
    CASE_DECLARE(Scope.CONTRACT, COUNSELOR, LEAD),
    /** Reading a contract's cases and doing their steps (recording identification attempts, the police call ...). */
    CASE_WORK(Scope.CONTRACT, COUNSELOR, LEAD),
    /** The lead's board: every case, alerts, re-assigning steps, closing with steps left, a case's audit timeline. */
    CASE_SUPERVISE(Scope.CONTRACT, LEAD),
    /** Editing the risk lexicon (one for the platform): any contract's lead. */
    LEXICON_MANAGE(Scope.ANY_CONTRACT, LEAD);

    /** Where a permission holds. */
    public enum Scope {
        /** Per contract: through a grant under that contract, or under every contract. */
        CONTRACT,
        /** Platform-wide: only through a grant under every contract. */
        PLATFORM,
        /** Platform-wide, held through a grant under any one contract (e.g. every contract's lead edits the lexicon). */
        ANY_CONTRACT
    }

    private final Scope scope;
    private final Set<Role> roles;

    Permission(Scope scope, Role first, Role... rest) {
        this.scope = scope;
        this.roles = EnumSet.of(first, rest);
    }

    public Scope scope() {
        return scope;
    }

    /** The roles that hold this permission. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /**
     * True when a grant of the caller's gives this permission: for {@link Scope#CONTRACT} a grant of one of the
     * roles under {@code contractId} or every contract; for {@link Scope#PLATFORM} a grant under every contract
     * ({@code contractId} is ignored); for {@link Scope#ANY_CONTRACT} any grant of one of the roles.
     */
    public boolean heldBy(Caller caller, String contractId) {
        return caller.grants().stream().filter(g -> roles.contains(g.role())).anyMatch(g -> switch (scope) {
            case PLATFORM -> RoleGrant.EVERY_CONTRACT.equals(g.contractId());
            case ANY_CONTRACT -> true;
            case CONTRACT -> contractId != null && g.appliesTo(contractId);
        });
    }
}
