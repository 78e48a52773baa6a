package org.yorisoi.core.internal.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.staff.EligibilityResult;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Shortfall;
import org.yorisoi.staff.Staffing;

/** Eligibility, shifts and staffing checks over the deployed contracts and the staff directory's tables. */
@Component(service = Staffing.class)
public class StaffingService implements Staffing {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    /** Longest shift accepted: a typo in a date must not block a person for weeks. */
    static final int MAX_SHIFT_HOURS = 24;

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final ContractRegistry registry;
    private final ContractCalendar calendar;

    @Activate
    public StaffingService(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                           @Reference TransactionManager transactionManager, @Reference PlatformClock clock,
                           @Reference ContractRegistry registry, @Reference ContractCalendar calendar) {
        this.jpa = jpa;
        this.clock = clock;
        this.registry = registry;
        this.calendar = calendar;
    }

    @Override
    public EligibilityResult mayWork(String personId, String contractId, Role role, String activity) {
        Contract contract = registry.get(contractId);
        requireRole(role);
        checkActivity(contract, activity);
        LocalDate today = clock.nowInTokyo().toLocalDate();
        return jpa.txExpr(TransactionType.Supports,
                em -> decide(em, contract, personId, role, activity, today, today));
    }

    private static EligibilityResult decide(EntityManager em, Contract contract, String personId, Role role,
                                            String activity, LocalDate from, LocalDate to) {
        PersonEntity p = StaffStore.person(em, personId);
        String contractId = contract.info().id();
        return EligibilityRules.decide(p.active, StaffStore.grants(em, personId),
                StaffStore.profile(em, personId, contractId), contract.qualifications(), contractId, role, activity,
                from, to);
    }

    @Override
    public Shift assign(String personId, String contractId, Role role, OffsetDateTime start, OffsetDateTime end,
                        String actor) {
        String by = StaffStore.actor(actor);
        Contract contract = registry.get(contractId);
        requireRole(role);
        if (start == null || end == null) {
            throw new IllegalArgumentException("shift start and end are required");
        }
        Shift shift = new Shift(UUID.randomUUID().toString(), personId == null ? "" : personId, contractId, role,
                start.withOffsetSameInstant(JST), end.withOffsetSameInstant(JST));
        if (shift.start().plusHours(MAX_SHIFT_HOURS).isBefore(shift.end())) {
            throw new IllegalArgumentException("a shift lasts at most " + MAX_SHIFT_HOURS + " hours: " + start + ".." + end);
        }
        // the grant must hold on every day the shift touches; the end instant itself is not part of the shift
        LocalDate firstDay = shift.start().toLocalDate();
        LocalDate lastDay = shift.end().minusNanos(1).toLocalDate();
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity p = StaffStore.person(em, personId);
            EligibilityResult eligibility = decide(em, contract, personId, role, null, firstDay, lastDay);
            if (!eligibility.eligible()) {
                throw new IllegalArgumentException("person '" + p.loginName + "' may not work as " + role + " under "
                        + contractId + ": " + String.join("; ", eligibility.reasons()));
            }
            List<ShiftEntity> overlapping = em.createNamedQuery(ShiftEntity.OVERLAPPING_PERSON, ShiftEntity.class)
                    .setParameter("personId", personId)
                    .setParameter("fromMillis", shift.start().toInstant().toEpochMilli())
                    .setParameter("toMillis", shift.end().toInstant().toEpochMilli())
                    .getResultList();
            if (!overlapping.isEmpty()) {
                Shift other = overlapping.get(0).toRecord();
                throw new IllegalArgumentException("person '" + p.loginName + "' is already on duty as " + other.role()
                        + " under " + other.contractId() + " from " + other.start() + " to " + other.end());
            }
            em.persist(new ShiftEntity(shift, clock.now(), by));
            // concurrent assignments of the same person conflict at commit instead of double-booking
            StaffStore.touch(em, p);
            StaffStore.change(em, personId, clock.now(), by, "SHIFT_ASSIGNED", describe(shift));
            return shift;
        });
    }

    @Override
    public boolean cancel(String shiftId, String actor) {
        String by = StaffStore.actor(actor);
        if (shiftId == null) {
            return false;
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ShiftEntity s = em.find(ShiftEntity.class, shiftId);
            if (s == null) {
                return false;
            }
            Shift shift = s.toRecord();
            em.remove(s);
            StaffStore.touch(em, StaffStore.person(em, shift.personId()));
            StaffStore.change(em, shift.personId(), clock.now(), by, "SHIFT_CANCELLED", describe(shift));
            return true;
        });
    }

    @Override
    public List<Shift> shifts(String contractId, OffsetDateTime from, OffsetDateTime to) {
        registry.get(contractId);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("need from before to: " + from + ".." + to);
        }
        return jpa.txExpr(TransactionType.Supports, em -> shifts(em, ShiftEntity.OVERLAPPING_CONTRACT, contractId, from, to));
    }

    @Override
    public List<Shortfall> check(String contractId, LocalDate from, LocalDate to) {
        Contract contract = registry.get(contractId);
        List<Opening> openings = calendar.openings(contractId, from, to);
        if (openings.isEmpty()) {
            return List.of();
        }
        OffsetDateTime first = openings.stream().map(Opening::start).min(OffsetDateTime::compareTo).orElseThrow();
        OffsetDateTime last = openings.stream().map(Opening::end).max(OffsetDateTime::compareTo).orElseThrow();
        List<Shift> shifts = jpa.txExpr(TransactionType.Supports,
                em -> shifts(em, ShiftEntity.OVERLAPPING_CONTRACT_ACTIVE, contractId, first, last));
        return CoverageCheck.check(openings, contract.staffing(), shifts);
    }

    private static List<Shift> shifts(EntityManager em, String query, String contractId, OffsetDateTime from,
                                      OffsetDateTime to) {
        return em.createNamedQuery(query, ShiftEntity.class)
                .setParameter("contractId", contractId)
                .setParameter("fromMillis", from.toInstant().toEpochMilli())
                .setParameter("toMillis", to.toInstant().toEpochMilli())
                .getResultList().stream().map(ShiftEntity::toRecord).toList();
    }

    private static void requireRole(Role role) {
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
    }

    /** An activity must be one the contract declares or one its rules name; a typo must not fall back to role-wide rules. */
    static void checkActivity(Contract contract, String activity) {
        if (activity == null) {
            return;
        }
        boolean known = contract.activities().stream().anyMatch(a -> a.id().equals(activity))
                || contract.qualifications().stream().map(QualificationRule::activity).anyMatch(activity::equals);
        if (!known) {
            throw new IllegalArgumentException("contract " + contract.info().id() + " has no activity '" + activity + "'");
        }
    }

    private static String describe(Shift s) {
        return "shift=" + s.id() + " contract=" + s.contractId() + " role=" + s.role() + " start=" + s.start()
                + " end=" + s.end();
    }
}
