package org.yorisoi.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.Roster;
import org.yorisoi.staff.RosterSheet;
import org.yorisoi.staff.RosterSubmission;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Shortfall;
import org.yorisoi.staff.StaffChange;
import org.yorisoi.staff.StaffDirectory;
import org.yorisoi.staff.Staffing;

/**
 * In-memory staff services for the tests of the REST resources and console commands: enough behaviour to see what
 * they pass and return. Test doubles of our own services, never used to test the services themselves.
 */
public final class StaffDoubles {

    public static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");

    private StaffDoubles() {
    }

    /** The directory in memory: writes fill the public lists, reads filter them, profiles add them up. */
    public static class Directory implements StaffDirectory {
        public final List<Person> persons = new ArrayList<>();
        public final List<RoleGrant> grants = new ArrayList<>();
        public final List<QualificationRecord> qualifications = new ArrayList<>();
        public final List<ExperienceRecord> experience = new ArrayList<>();
        public final List<ApprovalRecord> approvals = new ArrayList<>();
        public final List<String> calls = new ArrayList<>();

        @Override
        public Person createPerson(String loginName, String displayName, String actor) {
            calls.add("create " + loginName + " by " + actor);
            Person p = new Person("id-" + loginName, loginName, displayName, true, NOW);
            persons.add(p);
            return p;
        }

        @Override
        public Person deactivate(String personId, String actor) {
            Person p = person(personId).orElseThrow();
            Person off = new Person(p.id(), p.loginName(), p.displayName(), false, p.createdAt());
            persons.set(persons.indexOf(p), off);
            return off;
        }

        @Override
        public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                                   String actor) {
            return grantRole(personId, contractId, role, from, until, null, actor);
        }

        @Override
        public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                                   String organisation, String actor) {
            calls.add("grant " + personId + " " + contractId + " " + role + " " + from + " " + until + " " + organisation
                    + " by " + actor);
            RoleGrant g = new RoleGrant(personId, contractId, role, from == null ? LocalDate.parse("2025-06-02") : from,
                    until, organisation);
            grants.add(g);
            return g;
        }

        @Override
        public List<RoleGrant> revokeRole(String personId, String contractId, Role role, String actor) {
            List<RoleGrant> revoked = grants.stream()
                    .filter(g -> g.personId().equals(personId) && g.contractId().equals(contractId) && g.role() == role)
                    .toList();
            grants.removeAll(revoked);
            return revoked;
        }

        @Override
        public QualificationRecord addQualification(String personId, Qualification type, String certificateNumber,
                                                    String verifiedBy, String actor) {
            QualificationRecord q = new QualificationRecord(personId, type, certificateNumber, verifiedBy,
                    verifiedBy == null ? null : NOW);
            qualifications.add(q);
            return q;
        }

        @Override
        public List<QualificationRecord> verifyQualification(String personId, Qualification type, String verifiedBy,
                                                             String actor) {
            return List.of(new QualificationRecord(personId, type, null, verifiedBy, NOW));
        }

        @Override
        public ExperienceRecord addExperience(String personId, ExperienceKind kind, int months, String description,
                                              String actor) {
            ExperienceRecord e = new ExperienceRecord(personId, kind, months, description);
            experience.add(e);
            return e;
        }

        @Override
        public ApprovalRecord addApproval(String personId, String approvalKind, String contractId, String approvedBy,
                                          Instant approvedAt, String note, String actor) {
            ApprovalRecord a = new ApprovalRecord(personId, approvalKind, contractId, approvedBy,
                    approvedAt == null ? NOW : approvedAt, note);
            approvals.add(a);
            return a;
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

        /** Verified qualifications, months of experience per kind, approvals of the contract (all when null). */
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
        public List<StaffChange> history(String personId) {
            return List.of(new StaffChange(1, personId, NOW, "admin", "PERSON_CREATED", "login=x"));
        }
    }

    public static final class FakeStaffing implements Staffing {
        public final List<Shift> shifts = new ArrayList<>();
        public final List<String> cancelled = new ArrayList<>();
        public OffsetDateTime askedFrom;
        public OffsetDateTime askedTo;

        @Override
        public EligibilityResult mayWork(String personId, String contractId, Role role, String activity) {
            return new EligibilityResult(false, List.of("資格がありません"), List.of("test 6"));
        }

        @Override
        public Shift assign(String personId, String contractId, Role role, OffsetDateTime start, OffsetDateTime end,
                            String actor) {
            Shift s = new Shift("shift-" + (shifts.size() + 1), personId, contractId, role, start, end);
            shifts.add(s);
            return s;
        }

        @Override
        public boolean cancel(String shiftId, String actor) {
            cancelled.add(shiftId);
            return shifts.removeIf(s -> s.id().equals(shiftId));
        }

        @Override
        public List<Shift> shifts(String contractId, OffsetDateTime from, OffsetDateTime to) {
            askedFrom = from;
            askedTo = to;
            return shifts.stream().filter(s -> s.contractId().equals(contractId) && s.overlaps(from, to)).toList();
        }

        @Override
        public List<Shortfall> check(String contractId, LocalDate from, LocalDate to) {
            return List.of();
        }
    }

    public static final class FakeRoster implements Roster {
        public RosterSheet sheet;
        public final List<RosterSubmission> submissions = new ArrayList<>();

        @Override
        public RosterSheet roster(String contractId) {
            return sheet;
        }

        @Override
        public byte[] csv(String contractId) {
            return ("csv of " + contractId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public byte[] xlsx(String contractId) {
            return new byte[] {'P', 'K', 3, 4};
        }

        @Override
        public RosterSubmission submit(String contractId, String actor) {
            RosterSubmission s = new RosterSubmission(submissions.size() + 1, contractId, NOW, actor, 3, 1, 1, 0);
            submissions.add(0, s);
            return s;
        }

        @Override
        public List<RosterSubmission> submissions(String contractId) {
            return submissions;
        }
    }
}
