package org.yorisoi.core.internal.staff;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.StaffProfile;
import org.yorisoi.staff.RoleGrant;

/** Reads and writes of the staff tables shared by the directory and the staffing service, inside their transactions. */
final class StaffStore {

    private StaffStore() {
    }

    static PersonEntity person(EntityManager em, String personId) {
        PersonEntity p = personId == null ? null : em.find(PersonEntity.class, personId);
        if (p == null) {
            throw new IllegalArgumentException("unknown person '" + personId + "'");
        }
        return p;
    }

    static PersonEntity activePerson(EntityManager em, String personId) {
        PersonEntity p = person(em, personId);
        if (!p.active) {
            throw new IllegalArgumentException("person '" + p.loginName + "' (" + personId + ") is deactivated");
        }
        return p;
    }

    /** Marks the person changed: a concurrent change to the same person fails at commit instead of interleaving. */
    static void touch(EntityManager em, PersonEntity person) {
        em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    static void change(EntityManager em, String personId, Instant at, String actor, String what, String detail) {
        em.persist(new StaffChangeEntity(personId, at, actor, what, detail));
    }

    static String actor(String actor) {
        return StaffRules.text("actor", actor, 100);
    }

    static List<RoleGrantEntity> grantEntities(EntityManager em, String personId) {
        return em.createNamedQuery(RoleGrantEntity.BY_PERSON, RoleGrantEntity.class)
                .setParameter("personId", personId).getResultList();
    }

    static List<RoleGrant> grants(EntityManager em, String personId) {
        return grantEntities(em, personId).stream().map(RoleGrantEntity::toRecord).toList();
    }

    /** The profile requirements are checked against; approvals of one contract only when {@code contractId} is set. */
    static StaffProfile profile(EntityManager em, String personId, String contractId) {
        Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);
        em.createNamedQuery(QualificationEntity.BY_PERSON, QualificationEntity.class).setParameter("personId", personId)
                .getResultList().stream().map(QualificationEntity::toRecord).filter(q -> q.verified())
                .forEach(q -> qualifications.add(q.type()));
        Map<ExperienceKind, Integer> months = new EnumMap<>(ExperienceKind.class);
        em.createNamedQuery(ExperienceEntity.BY_PERSON, ExperienceEntity.class).setParameter("personId", personId)
                .getResultList().forEach(e -> months.merge(ExperienceKind.valueOf(e.kind), e.months, Integer::sum));
        Set<String> approvals = new LinkedHashSet<>();
        em.createNamedQuery(ApprovalEntity.BY_PERSON, ApprovalEntity.class).setParameter("personId", personId)
                .getResultList().stream().filter(a -> contractId == null || contractId.equals(a.contractId))
                .forEach(a -> approvals.add(a.approvalKind));
        return new StaffProfile(qualifications, months, approvals);
    }
}
