package org.yorisoi.core.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.StaffDirectory;

/** The rows of a contract's roster, read from the staff directory; every row comes out marked {@link RosterMark#NEW}. */
final class RosterRows {

    /** Roster order: who answers for the contract first (kyoto 6(5)イ(ア) lists 受託管理責任者, 相談責任者, 相談員). */
    static final List<Role> ORDER = List.of(Role.CONTRACT_MANAGER, Role.LEAD, Role.SYSTEM_MANAGER, Role.COUNSELOR);

    private RosterRows() {
    }

    /**
     * The roles on the contract's roster. Every contract's roster lists the contract manager, leads and counselors;
     * the system manager only where the contract names that role (kumamoto 6(7)エ, カ: システム責任者 on the
     * roster). Municipal viewers and administrators are never staff of the contract.
     */
    static Set<Role> rolesOf(Contract contract) {
        Set<Role> roles = EnumSet.of(Role.CONTRACT_MANAGER, Role.LEAD, Role.COUNSELOR);
        boolean named = Stream.concat(contract.staffing().stream().map(StaffingRule::role),
                contract.qualifications().stream().map(QualificationRule::role)).anyMatch(r -> r == Role.SYSTEM_MANAGER);
        if (named) {
            roles.add(Role.SYSTEM_MANAGER);
        }
        return roles;
    }

    static List<RosterRow> build(Contract contract, StaffDirectory directory, LocalDate today) {
        String contractId = contract.info().id();
        Set<Role> roles = rolesOf(contract);
        List<RosterRow> rows = new ArrayList<>();
        for (Person person : directory.persons()) {
            if (!person.active()) {
                continue;
            }
            // only grants under this very contract: a grant under every contract ('*') is the platform's own staff
            List<RoleGrant> grants = directory.grants(person.id()).stream()
                    .filter(g -> g.contractId().equals(contractId) && roles.contains(g.role()))
                    .filter(g -> g.until() == null || !g.until().isBefore(today))
                    .sorted(Comparator.comparing((RoleGrant g) -> ORDER.indexOf(g.role())).thenComparing(RoleGrant::from))
                    .toList();
            if (!grants.isEmpty()) {
                rows.add(row(contract, directory, person, grants));
            }
        }
        rows.sort(Comparator.comparing((RosterRow r) -> ORDER.indexOf(r.grants().get(0).role()))
                .thenComparing(RosterRow::loginName));
        return rows;
    }

    private static RosterRow row(Contract contract, StaffDirectory directory, Person person, List<RoleGrant> grants) {
        String contractId = contract.info().id();
        List<QualificationRecord> qualifications = directory.qualifications(person.id()).stream()
                .filter(QualificationRecord::verified).toList();
        List<ExperienceRecord> experience = directory.experience(person.id());
        List<ApprovalRecord> approvals = directory.approvals(person.id()).stream()
                .filter(a -> a.contractId().equals(contractId)).toList();
        Set<Role> held = grants.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        List<RosterRow.Category> categories = RosterCategories.of(contract.qualifications(), held,
                directory.profile(person.id(), contractId));
        String fingerprint = RosterFingerprint.of(person.loginName(), person.displayName(), grants, qualifications,
                experience, approvals, categories);
        return new RosterRow(person.id(), person.loginName(), person.displayName(), grants, qualifications, experience,
                approvals, categories, fingerprint, RosterMark.NEW);
    }
}
