package org.yorisoi.core.internal.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
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
import org.yorisoi.staff.StaffChange;
import org.yorisoi.staff.StaffDirectory;

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

    /** The directory's reads, from lists filled by the test; writes are not needed by the roster. */
    static final class Directory implements StaffDirectory {
        final List<Person> persons = new ArrayList<>();
        final List<RoleGrant> grants = new ArrayList<>();
        final List<QualificationRecord> qualifications = new ArrayList<>();
        final List<ExperienceRecord> experience = new ArrayList<>();
        final List<ApprovalRecord> approvals = new ArrayList<>();

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

        @Override
        public List<Person> persons() {
            return persons;
        }

        @Override
        public List<RoleGrant> grants(String personId) {
            return grants.stream().filter(g -> g.personId().equals(personId)).toList();
        }

        @Override
        public List<QualificationRecord> qualifications(String personId) {
            return qualifications.stream().filter(q -> q.personId().equals(personId)).toList();
        }

        @Override
        public List<ExperienceRecord> experience(String personId) {
            return experience.stream().filter(e -> e.personId().equals(personId)).toList();
        }

        @Override
        public List<ApprovalRecord> approvals(String personId) {
            return approvals.stream().filter(a -> a.personId().equals(personId)).toList();
        }

        @Override
        public StaffProfile profile(String personId) {
            return profile(personId, null);
        }

        @Override
        public StaffProfile profile(String personId, String contractId) {
            Set<Qualification> verified = EnumSet.noneOf(Qualification.class);
            qualifications(personId).stream().filter(QualificationRecord::verified).forEach(q -> verified.add(q.type()));
            Map<ExperienceKind, Integer> months = new EnumMap<>(ExperienceKind.class);
            experience(personId).forEach(e -> months.merge(e.kind(), e.months(), Integer::sum));
            Set<String> kinds = new LinkedHashSet<>();
            approvals(personId).stream().filter(a -> contractId == null || a.contractId().equals(contractId))
                    .forEach(a -> kinds.add(a.approvalKind()));
            return new StaffProfile(verified, months, kinds);
        }

        @Override
        public Optional<Person> person(String personId) {
            return persons.stream().filter(p -> p.id().equals(personId)).findFirst();
        }

        @Override
        public Optional<Person> byLogin(String loginName) {
            return persons.stream().filter(p -> p.loginName().equals(loginName)).findFirst();
        }

        @Override
        public Person createPerson(String loginName, String displayName, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Person deactivate(String personId, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                                   String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                                   String organisation, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RoleGrant> revokeRole(String personId, String contractId, Role role, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public QualificationRecord addQualification(String personId, Qualification type, String certificateNumber,
                                                    String verifiedBy, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<QualificationRecord> verifyQualification(String personId, Qualification type, String verifiedBy,
                                                             String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExperienceRecord addExperience(String personId, ExperienceKind kind, int months, String description,
                                              String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApprovalRecord addApproval(String personId, String approvalKind, String contractId, String approvedBy,
                                          Instant approvedAt, String note, String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StaffChange> history(String personId) {
            throw new UnsupportedOperationException();
        }
    }
}
