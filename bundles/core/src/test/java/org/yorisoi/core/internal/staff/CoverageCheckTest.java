package org.yorisoi.core.internal.staff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.yorisoi.calendar.internal.JapaneseHolidays;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.StaffingRule;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.core.internal.calendar.CalendarComputer;
import org.yorisoi.platform.Opening;
import org.yorisoi.staff.Shift;
import org.yorisoi.staff.Shortfall;

public class CoverageCheckTest {

    private static final CalendarComputer CALENDAR = new CalendarComputer(JapaneseHolidays.fromShippedTable());
    private final Contract kyoto = TestContracts.kyotoLike();
    private final List<Shift> shifts = new ArrayList<>();
    private int next;

    private static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    private void shift(Role role, String start, String end) {
        shifts.add(new Shift("s" + next++, "p" + next, "kyoto-like", role, t(start), t(end)));
    }

    /** Friday 2023-07-14, the first day: one opening 17:00-22:00. */
    private List<Shortfall> checkFirstFriday() {
        List<Opening> openings = CALENDAR.openings(kyoto, LocalDate.parse("2023-07-14"), LocalDate.parse("2023-07-14"));
        assertEquals(1, openings.size());
        return CoverageCheck.check(openings, kyoto.staffing(), shifts);
    }

    private static Shortfall gap(String start, String end, Role role, int required, int assigned, String clause) {
        return new Shortfall(t(start), t(end), WindowKind.HUMAN, role, required, assigned, clause);
    }

    @Test
    public void kyotoEveningWithOneCounselorAndNoLeadFallsShortTwice() {
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        assertEquals(List.of(
                gap("2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00", Role.LEAD, 1, 0, "test 6(5)ア(イ)"),
                gap("2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00", Role.COUNSELOR, 2, 1, "test 6(5)ア(ウ)")),
                checkFirstFriday());
    }

    @Test
    public void fullyStaffedEveningHasNoShortfall() {
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T16:30+09:00", "2023-07-14T22:30+09:00");
        assertEquals(List.of(), checkFirstFriday());
    }

    @Test
    public void handOverAtTheSameInstantLeavesNoGap() {
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T19:30+09:00");
        shift(Role.LEAD, "2023-07-14T19:30+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T20:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T20:00+09:00", "2023-07-14T22:00+09:00");
        assertEquals(List.of(), checkFirstFriday());
    }

    @Test
    public void onlyTheSpanThatFallsShortIsReported() {
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T19:30+09:00");
        shift(Role.COUNSELOR, "2023-07-14T20:00+09:00", "2023-07-14T21:00+09:00");
        assertEquals(List.of(
                gap("2023-07-14T19:30+09:00", "2023-07-14T20:00+09:00", Role.COUNSELOR, 2, 1, "test 6(5)ア(ウ)"),
                gap("2023-07-14T21:00+09:00", "2023-07-14T22:00+09:00", Role.COUNSELOR, 2, 1, "test 6(5)ア(ウ)")),
                checkFirstFriday());
    }

    @Test
    public void adjacentSpansWithTheSameCountAreOne() {
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T19:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T19:00+09:00", "2023-07-14T22:00+09:00");
        assertEquals(List.of(
                gap("2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00", Role.COUNSELOR, 2, 1, "test 6(5)ア(ウ)")),
                checkFirstFriday());
    }

    @Test
    public void aLeadIsNotCountedAsCounselor() {
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        List<Shortfall> shortfalls = checkFirstFriday();
        assertEquals(1, shortfalls.size());
        assertEquals(Role.COUNSELOR, shortfalls.get(0).role());
        assertEquals(1, shortfalls.get(0).assigned());
    }

    @Test
    public void everyStaffedEveningOfTheRangeIsChecked() {
        // Fri 07-14 and Mon 07-17 (海の日, staffed as a Monday) are openings; Sat 07-15 has only the AI window
        shift(Role.LEAD, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        List<Opening> openings = CALENDAR.openings(kyoto, LocalDate.parse("2023-07-14"), LocalDate.parse("2023-07-17"));
        assertTrue(openings.stream().anyMatch(o -> o.kind() == WindowKind.AI));
        assertEquals(List.of(
                gap("2023-07-17T17:00+09:00", "2023-07-17T22:00+09:00", Role.LEAD, 1, 0, "test 6(5)ア(イ)"),
                gap("2023-07-17T17:00+09:00", "2023-07-17T22:00+09:00", Role.COUNSELOR, 2, 0, "test 6(5)ア(ウ)")),
                CoverageCheck.check(openings, kyoto.staffing(), shifts));
    }

    @Test
    public void tooManyIsReportedWhenTheRuleHasAMaximum() {
        Opening evening = new Opening(t("2026-04-05T18:00+09:00"), t("2026-04-05T22:00+09:00"), WindowKind.HUMAN);
        List<StaffingRule> rules = List.of(StaffingRule.between(2, 3, Role.COUNSELOR, WindowKind.HUMAN, "test 6(4)"));
        for (int i = 0; i < 3; i++) {
            shift(Role.COUNSELOR, "2026-04-05T18:00+09:00", "2026-04-05T22:00+09:00");
        }
        shift(Role.COUNSELOR, "2026-04-05T20:00+09:00", "2026-04-05T21:00+09:00");
        List<Shortfall> result = CoverageCheck.check(List.of(evening), rules, shifts);
        assertEquals(List.of(new Shortfall(t("2026-04-05T20:00+09:00"), t("2026-04-05T21:00+09:00"), WindowKind.HUMAN,
                Role.COUNSELOR, 3, 4, "test 6(4)")), result);
        assertTrue(result.get(0).excess());
        assertFalse(gap("2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00", Role.LEAD, 1, 0, "x").excess());
    }

    @Test
    public void rulesForTheWholeTermAndOtherWindowsAreNotCheckedHere() {
        Opening appointments = new Opening(t("2026-04-06T09:00+09:00"), t("2026-04-06T17:30+09:00"),
                WindowKind.APPOINTMENT_STANDARD);
        Contract sakai = TestContracts.sakaiLike();
        assertEquals(List.of(), CoverageCheck.check(List.of(appointments), sakai.staffing(), shifts));
        Opening human = new Opening(t("2026-04-06T09:00+09:00"), t("2026-04-06T17:30+09:00"), WindowKind.HUMAN);
        assertEquals(List.of(), CoverageCheck.check(List.of(human), sakai.staffing(), shifts));
    }

    @Test
    public void shiftsGivenInAnotherOffsetCountByInstant() {
        shift(Role.LEAD, "2023-07-14T08:00Z", "2023-07-14T13:00Z");
        shift(Role.COUNSELOR, "2023-07-14T08:00Z", "2023-07-14T13:00Z");
        shift(Role.COUNSELOR, "2023-07-14T17:00+09:00", "2023-07-14T22:00+09:00");
        assertEquals(List.of(), checkFirstFriday());
    }
}
