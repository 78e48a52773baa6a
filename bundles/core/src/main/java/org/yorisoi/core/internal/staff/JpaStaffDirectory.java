package org.yorisoi.core.internal.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.StaffChange;
import org.yorisoi.staff.StaffDirectory;

/** The staff directory in the platform database; every change writes its history row in the same transaction. */
@Component(service = StaffDirectory.class)
public class JpaStaffDirectory implements StaffDirectory {

    private final JpaTemplate jpa;
    private final PlatformClock clock;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaStaffDirectory(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                             @Reference PlatformClock clock, @Reference TransactionManager transactionManager) {
        this.jpa = jpa;
        this.clock = clock;
    }

    private LocalDate today() {
        return clock.nowInTokyo().toLocalDate();
    }

    @Override
    public Person createPerson(String loginName, String displayName, String actor) {
        String login = StaffRules.login(loginName);
        String name = StaffRules.text("display name", displayName, 200);
        String by = StaffStore.actor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createNamedQuery(PersonEntity.BY_LOGIN, PersonEntity.class).setParameter("loginName", login)
                    .getResultList().isEmpty()) {
                throw new IllegalArgumentException("login name '" + login + "' is taken");
            }
            Instant now = clock.now();
            PersonEntity p = new PersonEntity(UUID.randomUUID().toString(), login, name, now);
            em.persist(p);
            StaffStore.change(em, p.id, now, by, "PERSON_CREATED", "login=" + login + " displayName=" + name);
            return p.toRecord();
        });
    }

    @Override
    public Person deactivate(String personId, String actor) {
        String by = StaffStore.actor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            Instant now = clock.now();
            p.active = false;
            p.deactivatedMillis = now.toEpochMilli();
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, now, by, "PERSON_DEACTIVATED", "login=" + p.loginName);
            for (RoleGrantEntity g : StaffStore.grantEntities(em, personId)) {
                end(em, g, today(), now, by);
            }
            return p.toRecord();
        });
    }

    @Override
    public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                               String actor) {
        return grantRole(personId, contractId, role, from, until, null, actor);
    }

    @Override
    public RoleGrant grantRole(String personId, String contractId, Role role, LocalDate from, LocalDate until,
                               String organisation, String actor) {
        String by = StaffStore.actor(actor);
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (contractId == null) {
            throw new IllegalArgumentException("contract id is required ('*' for every contract)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            LocalDate start = from == null ? today() : from;
            if (until != null && until.isBefore(start)) {
                throw new IllegalArgumentException("grant ends (" + until + ") before it starts (" + start + ")");
            }
            RoleGrant grant = new RoleGrant(personId, contractId, role, start, until,
                    StaffRules.organisation(role, organisation));
            StaffRules.checkGrant(grant, StaffStore.grants(em, personId));
            em.persist(new RoleGrantEntity(UUID.randomUUID().toString(), grant));
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, clock.now(), by, "ROLE_GRANTED", describe(grant));
            return grant;
        });
    }

    @Override
    public List<RoleGrant> revokeRole(String personId, String contractId, Role role, String actor) {
        String by = StaffStore.actor(actor);
        if (role == null || contractId == null) {
            throw new IllegalArgumentException("role and contract id are required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.person(em, personId);
            Instant now = clock.now();
            List<RoleGrant> revoked = new ArrayList<>();
            for (RoleGrantEntity g : StaffStore.grantEntities(em, personId)) {
                if (g.role.equals(role.name()) && g.contractId.equals(contractId)
                        && end(em, g, today(), now, by)) {
                    revoked.add(g.toRecord());
                }
            }
            if (!revoked.isEmpty()) {
                StaffStore.touch(em, p);
            }
            return revoked;
        });
    }

    /** Ends a grant before today; true when it changed. Records the change. */
    private static boolean end(EntityManager em, RoleGrantEntity entity, LocalDate today, Instant now, String by) {
        RoleGrant before = entity.toRecord();
        RoleGrant after = StaffRules.endedBefore(before, today);
        if (after == before) {
            return false;
        }
        if (after == null) {
            em.remove(entity);
            StaffStore.change(em, before.personId(), now, by, "ROLE_WITHDRAWN", describe(before));
        } else {
            entity.validUntil = after.until();
            StaffStore.change(em, before.personId(), now, by, "ROLE_REVOKED", describe(after));
        }
        return true;
    }

    private static String describe(RoleGrant g) {
        return "contract=" + g.contractId() + " role=" + g.role() + " from=" + g.from()
                + " until=" + (g.until() == null ? "-" : g.until())
                + (g.organisation() == null ? "" : " organisation=" + g.organisation());
    }

    @Override
    public QualificationRecord addQualification(String personId, Qualification type, String certificateNumber,
                                                String verifiedBy, String actor) {
        String by = StaffStore.actor(actor);
        if (type == null) {
            throw new IllegalArgumentException("qualification type is required");
        }
        String number = StaffRules.optionalText("certificate number", certificateNumber, 100);
        String verifier = StaffRules.optionalText("verified by", verifiedBy, 100);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            Instant now = clock.now();
            QualificationEntity q = new QualificationEntity(UUID.randomUUID().toString(), personId, type, number,
                    verifier, now);
            em.persist(q);
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, now, by, "QUALIFICATION_ADDED", "type=" + type
                    + " certificate=" + (number == null ? "-" : number) + " verifiedBy=" + (verifier == null ? "-" : verifier));
            return q.toRecord();
        });
    }

    @Override
    public List<QualificationRecord> verifyQualification(String personId, Qualification type, String verifiedBy,
                                                         String actor) {
        String by = StaffStore.actor(actor);
        String verifier = StaffRules.text("verified by", verifiedBy, 100);
        if (type == null) {
            throw new IllegalArgumentException("qualification type is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            Instant now = clock.now();
            List<QualificationRecord> verified = new ArrayList<>();
            for (QualificationEntity q : em.createNamedQuery(QualificationEntity.BY_PERSON, QualificationEntity.class)
                    .setParameter("personId", personId).getResultList()) {
                if (q.type.equals(type.name()) && q.verifiedBy == null) {
                    q.verifiedBy = verifier;
                    q.verifiedMillis = now.toEpochMilli();
                    verified.add(q.toRecord());
                }
            }
            if (verified.isEmpty()) {
                throw new IllegalArgumentException("person " + personId + " has no unverified qualification " + type);
            }
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, now, by, "QUALIFICATION_VERIFIED", "type=" + type + " verifiedBy=" + verifier);
            return verified;
        });
    }

    @Override
    public ExperienceRecord addExperience(String personId, ExperienceKind kind, int months, String description,
                                          String actor) {
        String by = StaffStore.actor(actor);
        if (kind == null) {
            throw new IllegalArgumentException("experience kind is required");
        }
        if (months < 1 || months > 12 * 80) {
            throw new IllegalArgumentException("experience months must be 1.." + 12 * 80 + ", got " + months);
        }
        String text = StaffRules.optionalText("description", description, 500);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            Instant now = clock.now();
            ExperienceEntity e = new ExperienceEntity(UUID.randomUUID().toString(), personId, kind, months, text, now);
            em.persist(e);
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, now, by, "EXPERIENCE_ADDED", "kind=" + kind + " months=" + months);
            return e.toRecord();
        });
    }

    @Override
    public ApprovalRecord addApproval(String personId, String approvalKind, String contractId, String approvedBy,
                                      Instant approvedAt, String note, String actor) {
        String by = StaffStore.actor(actor);
        String kind = StaffRules.text("approval kind", approvalKind, 100);
        String contract = StaffRules.contractId(contractId);
        String approver = StaffRules.text("approved by", approvedBy, 200);
        String text = StaffRules.optionalText("note", note, 1000);
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.activePerson(em, personId);
            Instant now = clock.now();
            ApprovalRecord approval = new ApprovalRecord(personId, kind, contract, approver,
                    approvedAt == null ? now : approvedAt, text);
            em.persist(new ApprovalEntity(UUID.randomUUID().toString(), approval, now));
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, now, by, "APPROVAL_ADDED", "kind=" + kind + " contract=" + contract
                    + " approvedBy=" + approver + " approvedAt=" + approval.approvedAt());
            return approval;
        });
    }

    @Override
    public Optional<Person> person(String personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(PersonEntity.class, personId)).map(PersonEntity::toRecord));
    }

    @Override
    public Optional<Person> byLogin(String loginName) {
        if (loginName == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(PersonEntity.BY_LOGIN, PersonEntity.class)
                .setParameter("loginName", loginName).getResultList().stream().findFirst().map(PersonEntity::toRecord));
    }

    @Override
    public List<Person> persons() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createNamedQuery(PersonEntity.ALL, PersonEntity.class)
                .getResultList().stream().map(PersonEntity::toRecord).toList());
    }

    @Override
    public List<RoleGrant> grants(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return StaffStore.grants(em, personId);
        });
    }

    @Override
    public List<QualificationRecord> qualifications(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return em.createNamedQuery(QualificationEntity.BY_PERSON, QualificationEntity.class)
                    .setParameter("personId", personId).getResultList().stream().map(QualificationEntity::toRecord).toList();
        });
    }

    @Override
    public List<ExperienceRecord> experience(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return em.createNamedQuery(ExperienceEntity.BY_PERSON, ExperienceEntity.class)
                    .setParameter("personId", personId).getResultList().stream().map(ExperienceEntity::toRecord).toList();
        });
    }

    @Override
    public List<ApprovalRecord> approvals(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return em.createNamedQuery(ApprovalEntity.BY_PERSON, ApprovalEntity.class)
                    .setParameter("personId", personId).getResultList().stream().map(ApprovalEntity::toRecord).toList();
        });
    }

    @Override
    public StaffProfile profile(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return StaffStore.profile(em, personId, null);
        });
    }

    @Override
    public StaffProfile profile(String personId, String contractId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return StaffStore.profile(em, personId, StaffRules.contractId(contractId));
        });
    }

    @Override
    public List<StaffChange> history(String personId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            StaffStore.person(em, personId);
            return em.createNamedQuery(StaffChangeEntity.BY_PERSON, StaffChangeEntity.class)
                    .setParameter("personId", personId).getResultList().stream().map(StaffChangeEntity::toRecord).toList();
        });
    }
}
