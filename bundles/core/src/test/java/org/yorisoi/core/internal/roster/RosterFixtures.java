package org.yorisoi.core.internal.roster;

import org.yorisoi.testkit.StaffDoubles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRow;

/** A contract made of declared rules, and a staff directory in memory, for the roster tests. */
final class RosterFixtures {

    static final Instant CREATED = Instant.parse("2025-03-01T00:00:00Z");

    private RosterFixtures() {
    }

    record TestContract(ContractInfo info, List<StaffingRule> staffing, List<QualificationRule> qualifications)
            implements Contract {
        @Override
        public List<WindowRule> windows() {
            return List.of();
        }
    }

    static TestContract contract(String id, List<StaffingRule> staffing, List<QualificationRule> qualifications) {
        ContractInfo info = new ContractInfo(id, "Test " + id, "テスト相談業務", "テスト市",
                new Term(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"), List.of(), "test 1"),
                new Eligibility("児童生徒", "pupils", List.of(), "test 2"), Set.of(Channel.WEB));
        return new TestContract(info, staffing, qualifications);
    }

    /** A row with only the fields the marking looks at. */
    static RosterRow row(String personId, String fingerprint) {
        return new RosterRow(personId, "login-" + personId, "名前 " + personId, List.of(), List.of(), List.of(),
                List.of(), List.of(), fingerprint, RosterMark.NEW);
    }

    /** The testkit's directory, filled by the test in the roster's words. */
    static final class Directory extends StaffDoubles.Directory {

        Person add(String login, String name) {
            Person p = new Person("id-" + login, login, name, true, CREATED);
            persons.add(p);
            return p;
        }

        Directory grant(Person p, String contractId, Role role, String from, String until) {
            grants.add(new RoleGrant(p.id(), contractId, role, LocalDate.parse(from),
                    until == null ? null : LocalDate.parse(until),
                    role == Role.MUNICIPAL_VIEWER ? "test-board" : null));
            return this;
        }

        Directory qualification(Person p, Qualification type, String number, boolean verified) {
            qualifications.add(new QualificationRecord(p.id(), type, number, verified ? "事務局 確認者" : null,
                    verified ? CREATED : null));
            return this;
        }

        Directory experience(Person p, ExperienceKind kind, int months, String description) {
            experience.add(new ExperienceRecord(p.id(), kind, months, description));
            return this;
        }

        Directory approval(Person p, String kind, String contractId, String note) {
            approvals.add(new ApprovalRecord(p.id(), kind, contractId, "京都府教育委員会 指導主事", CREATED, note));
            return this;
        }
    }
}
