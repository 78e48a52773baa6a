package org.yorisoi.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.RoleGrant;

public class StaffRulesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static RoleGrant grant(String contract, Role role, String from, String until) {
        return new RoleGrant("p1", contract, role, d(from), until == null ? null : d(until));
    }

    private static String refused(RoleGrant grant, List<RoleGrant> existing) {
        return assertThrows(IllegalArgumentException.class, () -> StaffRules.checkGrant(grant, existing)).getMessage();
    }

    @Test
    public void everyContractOnlyForAdminAndSystemManager() {
        StaffRules.checkGrant(grant("*", Role.ADMIN, "2026-04-01", null), List.of());
        StaffRules.checkGrant(grant("*", Role.SYSTEM_MANAGER, "2026-04-01", null), List.of());
        StaffRules.checkGrant(grant("kumamoto", Role.SYSTEM_MANAGER, "2026-04-01", null), List.of());
        assertEquals("role COUNSELOR is granted per contract, not for '*'",
                refused(grant("*", Role.COUNSELOR, "2026-04-01", null), List.of()));
        assertEquals("role MUNICIPAL_VIEWER is granted per contract, not for '*'",
                refused(grant("*", Role.MUNICIPAL_VIEWER, "2026-04-01", null), List.of()));
    }

    @Test
    public void adminIsNeverScopedToOneContract() {
        assertEquals("role ADMIN is granted for every contract ('*') only, not for 'kyoto'",
                refused(grant("kyoto", Role.ADMIN, "2026-04-01", null), List.of()));
    }

    @Test
    public void contractIdMustLookLikeOne() {
        assertEquals("not a contract id: 'Kyoto City'", refused(grant("Kyoto City", Role.LEAD, "2026-04-01", null), List.of()));
    }

    @Test
    public void untilBeforeFromIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> grant("kyoto", Role.LEAD, "2026-04-02", "2026-04-01"));
        assertEquals("grant ends (2026-04-01) before it starts (2026-04-02)", e.getMessage());
        grant("kyoto", Role.LEAD, "2026-04-02", "2026-04-02");
    }

    @Test
    public void overlappingGrantOfTheSameRoleAndContractIsRefused() {
        List<RoleGrant> existing = List.of(grant("kyoto", Role.LEAD, "2026-04-01", "2026-06-30"));
        assertEquals("role LEAD under 'kyoto' is already granted from 2026-04-01 until 2026-06-30",
                refused(grant("kyoto", Role.LEAD, "2026-06-30", null), existing));
        StaffRules.checkGrant(grant("kyoto", Role.LEAD, "2026-07-01", null), existing);
        StaffRules.checkGrant(grant("kyoto", Role.COUNSELOR, "2026-04-01", null), existing);
        StaffRules.checkGrant(grant("sakai", Role.LEAD, "2026-04-01", null), existing);
        List<RoleGrant> openEnded = List.of(grant("kyoto", Role.LEAD, "2026-04-01", null));
        assertEquals("role LEAD under 'kyoto' is already granted from 2026-04-01",
                refused(grant("kyoto", Role.LEAD, "2030-01-01", "2030-01-31"), openEnded));
    }

    @Test
    public void revocationEndsAGrantYesterdaySoThatItIsNotInEffectToday() {
        LocalDate today = d("2026-05-10");
        RoleGrant running = grant("kyoto", Role.COUNSELOR, "2026-04-01", null);
        RoleGrant ended = StaffRules.endedBefore(running, today);
        assertEquals(d("2026-05-09"), ended.until());
        assertEquals(false, ended.inEffectOn(today));
        assertEquals(true, ended.inEffectOn(d("2026-05-09")));
    }

    @Test
    public void revocationWithdrawsAGrantNotBegunAndLeavesAnEndedOne() {
        LocalDate today = d("2026-05-10");
        assertNull(StaffRules.endedBefore(grant("kyoto", Role.COUNSELOR, "2026-05-10", null), today));
        assertNull(StaffRules.endedBefore(grant("kyoto", Role.COUNSELOR, "2026-06-01", "2026-06-30"), today));
        RoleGrant past = grant("kyoto", Role.COUNSELOR, "2026-04-01", "2026-05-09");
        assertSame(past, StaffRules.endedBefore(past, today));
        assertEquals(d("2026-05-09"),
                StaffRules.endedBefore(grant("kyoto", Role.COUNSELOR, "2026-04-01", "2026-05-10"), today).until());
    }

    @Test
    public void loginNamesAreShortAndPlain() {
        assertEquals("m.tanaka@example.jp", StaffRules.login("m.tanaka@example.jp"));
        assertThrows(IllegalArgumentException.class, () -> StaffRules.login(""));
        assertThrows(IllegalArgumentException.class, () -> StaffRules.login("tanaka taro"));
        assertThrows(IllegalArgumentException.class, () -> StaffRules.login(null));
        assertThrows(IllegalArgumentException.class, () -> StaffRules.login("x".repeat(65)));
    }

    @Test
    public void requiredTextIsTrimmedAndBounded() {
        assertEquals("田中", StaffRules.text("display name", "  田中 ", 10));
        assertEquals("display name is required",
                assertThrows(IllegalArgumentException.class, () -> StaffRules.text("display name", " ", 10)).getMessage());
        assertNull(StaffRules.optionalText("note", "", 10));
        assertEquals("note is longer than 3 characters",
                assertThrows(IllegalArgumentException.class, () -> StaffRules.optionalText("note", "abcd", 3)).getMessage());
    }
}
