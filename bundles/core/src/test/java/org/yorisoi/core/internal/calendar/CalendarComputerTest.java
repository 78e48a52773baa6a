package org.yorisoi.core.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.yorisoi.calendar.internal.JapaneseHolidays;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.DayRule;
import org.yorisoi.contract.spi.Due;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.ReportPeriod;
import org.yorisoi.contract.spi.RoutingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.ReportDue;

public class CalendarComputerTest {

    private static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.fromShippedTable();
    private final CalendarComputer computer = new CalendarComputer(HOLIDAYS);

    /** A contract written for the tests: fixed term, channels, windows, reports and routing. */
    static final class TestContract implements Contract {
        private final ContractInfo info;
        private final List<WindowRule> windows;
        private final List<ReportObligation> reports = new ArrayList<>();
        private final List<Recipient> recipients = new ArrayList<>();
        private final List<RoutingRule> routing = new ArrayList<>();

        TestContract(String id, String start, String end, Set<Channel> channels, WindowRule... windows) {
            Term term = new Term(LocalDate.parse(start), LocalDate.parse(end), List.of(), "test 1");
            this.info = new ContractInfo(id, "Test " + id, "テスト", "テスト市", term,
                    new Eligibility("児童生徒", "pupils", List.of(), "test 2"), channels);
            this.windows = List.of(windows);
        }

        TestContract report(ReportObligation obligation) {
            reports.add(obligation);
            return this;
        }

        TestContract recipient(Recipient recipient) {
            recipients.add(recipient);
            return this;
        }

        TestContract route(RoutingRule rule) {
            routing.add(rule);
            return this;
        }

        @Override
        public ContractInfo info() {
            return info;
        }

        @Override
        public List<WindowRule> windows() {
            return windows;
        }

        @Override
        public List<ReportObligation> reports() {
            return reports;
        }

        @Override
        public List<Recipient> recipients() {
            return recipients;
        }

        @Override
        public List<RoutingRule> routing() {
            return routing;
        }
    }

    private static TestContract chat(String start, String end, WindowRule... windows) {
        return new TestContract("chat", start, end, Set.of(Channel.WEB, Channel.AI), windows);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    private static Opening o(String start, String end, WindowKind kind) {
        return new Opening(t(start), t(end), kind);
    }

    private static WindowRule human(String start, String end) {
        return WindowRule.human(DayRule.everyDay(), start, end, "h");
    }

    private static WindowRule ai(String start, String end) {
        return WindowRule.ai(DayRule.everyDay(), start, end, "a");
    }

    // ---------------------------------------------------------------- openings

    @Test
    public void openingsAreClippedToTheTerm() {
        TestContract c = chat("2026-04-01", "2026-04-03", human("17:00", "22:00"));
        assertEquals(List.of(
                o("2026-04-01T17:00+09:00", "2026-04-01T22:00+09:00", WindowKind.HUMAN),
                o("2026-04-02T17:00+09:00", "2026-04-02T22:00+09:00", WindowKind.HUMAN),
                o("2026-04-03T17:00+09:00", "2026-04-03T22:00+09:00", WindowKind.HUMAN)),
                computer.openings(c, d("2026-03-25"), d("2026-04-10")));
        assertEquals(List.of(), computer.openings(c, d("2026-05-01"), d("2026-05-05")));
        assertEquals(List.of(), computer.openings(c, d("2026-03-01"), d("2026-03-31")));
    }

    @Test
    public void openingsWithinTheTermAreLimitedToTheRequestedDays() {
        TestContract c = chat("2026-04-01", "2026-04-30", human("17:00", "22:00"));
        assertEquals(List.of(o("2026-04-10T17:00+09:00", "2026-04-10T22:00+09:00", WindowKind.HUMAN)),
                computer.openings(c, d("2026-04-10"), d("2026-04-10")));
    }

    @Test
    public void adjacentWholeDayAiWindowsAreMergedIntoOneOpening() {
        TestContract c = chat("2026-04-01", "2026-04-05", ai("00:00", "00:00"));
        assertEquals(List.of(o("2026-04-01T00:00+09:00", "2026-04-06T00:00+09:00", WindowKind.AI)),
                computer.openings(c, d("2026-03-01"), d("2026-04-30")));
        assertEquals(List.of(o("2026-04-02T00:00+09:00", "2026-04-04T00:00+09:00", WindowKind.AI)),
                computer.openings(c, d("2026-04-02"), d("2026-04-03")));
    }

    @Test
    public void humanWindowsAreNotMergedWithAiWindows() {
        TestContract c = chat("2026-04-01", "2026-04-02", ai("00:00", "00:00"), human("17:00", "22:00"));
        assertEquals(List.of(
                o("2026-04-01T00:00+09:00", "2026-04-03T00:00+09:00", WindowKind.AI),
                o("2026-04-01T17:00+09:00", "2026-04-01T22:00+09:00", WindowKind.HUMAN),
                o("2026-04-02T17:00+09:00", "2026-04-02T22:00+09:00", WindowKind.HUMAN)),
                computer.openings(c, d("2026-04-01"), d("2026-04-02")));
    }

    @Test
    public void adjacentAndOverlappingWindowsOfOneKindOnADayAreMerged() {
        TestContract c = chat("2026-04-01", "2026-04-01", human("10:00", "12:00"), human("12:00", "14:00"),
                human("13:00", "15:00"), human("16:00", "17:00"), human("16:15", "16:45"));
        assertEquals(List.of(
                o("2026-04-01T10:00+09:00", "2026-04-01T15:00+09:00", WindowKind.HUMAN),
                o("2026-04-01T16:00+09:00", "2026-04-01T17:00+09:00", WindowKind.HUMAN)),
                computer.openings(c, d("2026-04-01"), d("2026-04-01")));
    }

    @Test
    public void windowEndingAt0000EndsAtTheNextDaysMidnight() {
        TestContract c = chat("2026-04-01", "2026-04-01", human("22:00", "00:00"));
        List<Opening> openings = computer.openings(c, d("2026-04-01"), d("2026-04-01"));
        assertEquals(List.of(o("2026-04-01T22:00+09:00", "2026-04-02T00:00+09:00", WindowKind.HUMAN)), openings);
        assertEquals(ZoneOffset.ofHours(9), openings.get(0).end().getOffset());
    }

    @Test
    public void windowToMidnightAndNextDaysEarlyWindowMergeAcrossMidnight() {
        TestContract c = chat("2026-04-01", "2026-04-02", human("22:00", "00:00"), human("00:00", "01:00"));
        assertEquals(List.of(
                o("2026-04-01T00:00+09:00", "2026-04-01T01:00+09:00", WindowKind.HUMAN),
                o("2026-04-01T22:00+09:00", "2026-04-02T01:00+09:00", WindowKind.HUMAN),
                o("2026-04-02T22:00+09:00", "2026-04-03T00:00+09:00", WindowKind.HUMAN)),
                computer.openings(c, d("2026-04-01"), d("2026-04-02")));
    }

    @Test
    public void openingsAreSortedByStartThenKind() {
        TestContract c = chat("2026-04-01", "2026-04-01",
                WindowRule.extendedAppointments(DayRule.everyDay(), "09:00", "10:00", "e"),
                ai("00:00", "00:00"),
                WindowRule.standardAppointments(DayRule.everyDay(), "09:00", "10:00", "s"),
                human("00:00", "01:00"));
        List<Opening> openings = computer.openings(c, d("2026-04-01"), d("2026-04-01"));
        assertEquals(List.of(
                o("2026-04-01T00:00+09:00", "2026-04-01T01:00+09:00", WindowKind.HUMAN),
                o("2026-04-01T00:00+09:00", "2026-04-02T00:00+09:00", WindowKind.AI),
                o("2026-04-01T09:00+09:00", "2026-04-01T10:00+09:00", WindowKind.APPOINTMENT_STANDARD),
                o("2026-04-01T09:00+09:00", "2026-04-01T10:00+09:00", WindowKind.APPOINTMENT_EXTENDED)),
                openings);
    }

    @Test
    public void dayRulesSeeTheNationalHolidays() {
        // 2026-04-29 (Showa Day) and 2026-05-04..06 are holidays; 05-02/03 a weekend.
        TestContract c = chat("2026-04-27", "2026-05-08",
                WindowRule.human(DayRule.weekdaysExceptHolidays(), "17:00", "22:00", "h"));
        List<LocalDate> days = computer.openings(c, d("2026-04-27"), d("2026-05-08")).stream()
                .map(op -> op.start().toLocalDate()).toList();
        assertEquals(List.of(d("2026-04-27"), d("2026-04-28"), d("2026-04-30"), d("2026-05-01"), d("2026-05-07"),
                d("2026-05-08")), days);
    }

    @Test
    public void rangeUpToMaxRangeDaysIsAccepted() {
        TestContract c = chat("2026-04-01", "2026-04-01", human("17:00", "22:00"));
        LocalDate from = d("2025-01-01");
        LocalDate to = from.plusDays(ContractCalendar.MAX_RANGE_DAYS - 1);
        assertEquals(1, computer.openings(c, from, to).size());
        assertEquals(List.of(), computer.reportSchedule(c, from, to));
    }

    @Test
    public void rangeOverMaxRangeDaysIsRejected() {
        TestContract c = chat("2026-04-01", "2026-04-01", human("17:00", "22:00"));
        LocalDate from = d("2025-01-01");
        LocalDate to = from.plusDays(ContractCalendar.MAX_RANGE_DAYS);
        assertThrows(IllegalArgumentException.class, () -> computer.openings(c, from, to));
        assertThrows(IllegalArgumentException.class, () -> computer.reportSchedule(c, from, to));
    }

    @Test
    public void rangeEndingBeforeItStartsIsRejected() {
        TestContract c = chat("2026-04-01", "2026-04-01", human("17:00", "22:00"));
        assertThrows(IllegalArgumentException.class,
                () -> computer.openings(c, d("2026-04-02"), d("2026-04-01")));
        assertThrows(IllegalArgumentException.class,
                () -> computer.reportSchedule(c, d("2026-04-02"), d("2026-04-01")));
        // A single day is fine.
        assertEquals(1, computer.openings(c, d("2026-04-01"), d("2026-04-01")).size());
    }

    // ---------------------------------------------------------------- availability

    /** April 2026; counselors on weekdays that are no holiday 17:00-22:00, the AI all day. */
    private static TestContract april() {
        return chat("2026-04-01", "2026-04-30",
                WindowRule.human(DayRule.weekdaysExceptHolidays(), "17:00", "22:00", "h"),
                ai("00:00", "00:00"));
    }

    @Test
    public void availabilityInsideAHumanWindow() {
        Availability a = computer.availability(april(), t("2026-04-06T18:00+09:00")); // Monday
        assertEquals("chat", a.contract());
        assertEquals(t("2026-04-06T18:00+09:00"), a.at());
        assertTrue(a.receiving());
        assertTrue(a.humanStaffed());
        assertTrue(a.aiAvailable());
        assertNull(a.appointmentWindow());
        assertEquals(t("2026-04-07T17:00+09:00"), a.nextHumanOpening());
    }

    @Test
    public void availabilityOutsideAHumanWindow() {
        Availability a = computer.availability(april(), t("2026-04-06T12:00+09:00"));
        assertTrue(a.receiving());
        assertFalse(a.humanStaffed());
        assertTrue(a.aiAvailable());
        assertEquals(t("2026-04-06T17:00+09:00"), a.nextHumanOpening());
    }

    @Test
    public void windowStartIsInclusive() {
        Availability a = computer.availability(april(), t("2026-04-06T17:00+09:00"));
        assertTrue(a.humanStaffed());
        Availability before = computer.availability(april(), t("2026-04-06T16:59:59.999+09:00"));
        assertFalse(before.humanStaffed());
    }

    @Test
    public void windowEndIsExclusive() {
        assertFalse(computer.availability(april(), t("2026-04-06T22:00+09:00")).humanStaffed());
        assertTrue(computer.availability(april(), t("2026-04-06T21:59:59.999+09:00")).humanStaffed());
    }

    @Test
    public void instantInUtcIsConvertedToJst() {
        Availability a = computer.availability(april(), t("2026-04-06T09:00Z"));
        assertEquals(t("2026-04-06T18:00+09:00"), a.at());
        assertEquals(ZoneOffset.ofHours(9), a.at().getOffset());
        assertTrue(a.humanStaffed());
        assertEquals(ZoneOffset.ofHours(9), a.nextHumanOpening().getOffset());
    }

    @Test
    public void dayOfAUtcInstantIsTakenInJst() {
        // 2026-03-31T15:30Z is 2026-04-01T00:30+09:00: inside the term although the UTC date is not.
        Availability a = computer.availability(april(), t("2026-03-31T15:30Z"));
        assertEquals(t("2026-04-01T00:30+09:00"), a.at());
        assertTrue(a.receiving());
        assertTrue(a.aiAvailable());
        // 2026-04-30T15:30Z is 2026-05-01T00:30+09:00: after the term.
        Availability after = computer.availability(april(), t("2026-04-30T15:30Z"));
        assertFalse(after.receiving());
        assertFalse(after.aiAvailable());
    }

    @Test
    public void notReceivingOutsideTheTerm() {
        Availability after = computer.availability(april(), t("2026-05-01T12:00+09:00"));
        assertFalse(after.receiving());
        assertFalse(after.humanStaffed());
        assertFalse(after.aiAvailable());
        assertNull(after.nextHumanOpening());

        Availability before = computer.availability(april(), t("2026-03-31T23:59+09:00"));
        assertFalse(before.receiving());
        assertFalse(before.aiAvailable());
        assertEquals(t("2026-04-01T17:00+09:00"), before.nextHumanOpening());
    }

    @Test
    public void wholeDayAiWindowEndsAtMidnightAfterTheTerm() {
        assertTrue(computer.availability(april(), t("2026-04-30T23:59:59+09:00")).aiAvailable());
        assertFalse(computer.availability(april(), t("2026-05-01T00:00+09:00")).aiAvailable());
    }

    private static TestContract appointments() {
        return new TestContract("sakai", "2026-04-01", "2026-04-30", Set.of(Channel.APPOINTMENT),
                WindowRule.standardAppointments(DayRule.weekdaysExceptHolidays(), "09:00", "17:00", "s"),
                WindowRule.extendedAppointments(DayRule.everyDay(), "09:00", "20:00", "e"));
    }

    @Test
    public void appointmentOnlyContractIsNotReceiving() {
        Availability a = computer.availability(appointments(), t("2026-04-06T10:00+09:00"));
        assertFalse(a.receiving());
        assertFalse(a.humanStaffed());
        assertFalse(a.aiAvailable());
        assertNull(a.nextHumanOpening());
    }

    @Test
    public void standardAppointmentWindowIsPreferredOverExtended() {
        TestContract c = appointments();
        assertEquals(Availability.AppointmentWindow.STANDARD,
                computer.availability(c, t("2026-04-06T10:00+09:00")).appointmentWindow());
        assertEquals(Availability.AppointmentWindow.EXTENDED,
                computer.availability(c, t("2026-04-06T18:00+09:00")).appointmentWindow());
        assertEquals(Availability.AppointmentWindow.EXTENDED,
                computer.availability(c, t("2026-04-04T10:00+09:00")).appointmentWindow()); // Saturday
        assertEquals(Availability.AppointmentWindow.EXTENDED,
                computer.availability(c, t("2026-04-29T10:00+09:00")).appointmentWindow()); // Showa Day
        assertNull(computer.availability(c, t("2026-04-06T21:00+09:00")).appointmentWindow());
    }

    @Test
    public void nextHumanOpeningIsStrictlyAfterTheInstant() {
        TestContract c = april();
        assertEquals(t("2026-04-07T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-06T17:00+09:00")));
        assertEquals(t("2026-04-06T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-06T16:59:59+09:00")));
        assertEquals(t("2026-04-06T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-06T07:59:59Z")));
    }

    @Test
    public void nextHumanOpeningSkipsToTheNextDay() {
        TestContract c = april();
        assertEquals(t("2026-04-07T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-06T23:00+09:00")));
        // Friday evening: over the weekend to Monday.
        assertEquals(t("2026-04-13T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-10T22:30+09:00")));
        // Over the Showa Day holiday (Wednesday 2026-04-29).
        assertEquals(t("2026-04-30T17:00+09:00"), computer.nextHumanOpening(c, t("2026-04-28T22:00+09:00")));
    }

    @Test
    public void nextHumanOpeningIsNullAfterTheLastOpeningOfTheTerm() {
        TestContract c = april();
        assertNull(computer.nextHumanOpening(c, t("2026-04-30T17:00+09:00")));
        assertNull(computer.nextHumanOpening(c, t("2026-04-30T23:00+09:00")));
        assertNull(computer.nextHumanOpening(c, t("2026-06-01T00:00+09:00")));
        assertNull(computer.availability(c, t("2026-04-30T18:00+09:00")).nextHumanOpening());
    }

    @Test
    public void nextHumanOpeningBeforeTheTermIsTheFirstOpening() {
        assertEquals(t("2026-04-01T17:00+09:00"), computer.nextHumanOpening(april(), t("2025-12-01T00:00+09:00")));
    }

    private static TestContract oneHumanDay(String day) {
        return chat("2026-04-01", "2026-09-30",
                WindowRule.human(DayRule.within(day, day), "10:00", "12:00", "h"), ai("00:00", "00:00"));
    }

    @Test
    public void nextHumanOpeningMoreThanThirtyDaysAway() {
        assertEquals(t("2026-07-20T10:00+09:00"),
                computer.nextHumanOpening(oneHumanDay("2026-07-20"), t("2026-04-01T00:00+09:00")));
        assertEquals(t("2026-07-20T10:00+09:00"),
                computer.availability(oneHumanDay("2026-07-20"), t("2026-04-01T12:00+09:00")).nextHumanOpening());
    }

    @Test
    public void nextHumanOpeningAtTheChunkBoundaries() {
        OffsetDateTime at = t("2026-04-01T12:00+09:00");
        // 04-01 + 30 = 05-01 is the last day of the first 31-day chunk, 05-02 the first of the second.
        assertEquals(t("2026-05-01T10:00+09:00"), computer.nextHumanOpening(oneHumanDay("2026-05-01"), at));
        assertEquals(t("2026-05-02T10:00+09:00"), computer.nextHumanOpening(oneHumanDay("2026-05-02"), at));
        assertEquals(t("2026-09-30T10:00+09:00"), computer.nextHumanOpening(oneHumanDay("2026-09-30"), at));
    }

    @Test
    public void aiWindowRunningThroughMidnightIsSeenJustAfterMidnight() {
        Availability a = computer.availability(april(), t("2026-04-07T00:05+09:00"));
        assertTrue(a.aiAvailable());
        assertFalse(a.humanStaffed());
        assertEquals(t("2026-04-07T17:00+09:00"), a.nextHumanOpening());
    }

    @Test
    public void humanWindowFromThePreviousEveningIsSeenJustAfterMidnight() {
        TestContract c = chat("2026-04-01", "2026-04-30", human("22:00", "00:00"), human("00:00", "01:00"));
        Availability a = computer.availability(c, t("2026-04-07T00:05+09:00"));
        assertTrue(a.humanStaffed());
        assertFalse(a.aiAvailable());
        assertEquals(t("2026-04-07T22:00+09:00"), a.nextHumanOpening());
        // The first day of the term: the previous evening is outside it, the early window still counts.
        assertTrue(computer.availability(c, t("2026-04-01T00:05+09:00")).humanStaffed());
        // The day after the term: clipped.
        assertFalse(computer.availability(c, t("2026-05-01T00:05+09:00")).humanStaffed());
    }

    @Test
    public void windowEndingAtMidnightIsOverJustAfterMidnight() {
        TestContract c = chat("2026-04-01", "2026-04-30", human("22:00", "00:00"));
        assertTrue(computer.availability(c, t("2026-04-06T23:59:59+09:00")).humanStaffed());
        assertFalse(computer.availability(c, t("2026-04-07T00:00+09:00")).humanStaffed());
        assertFalse(computer.availability(c, t("2026-04-07T00:05+09:00")).humanStaffed());
    }

    // ---------------------------------------------------------------- report schedule

    private static final Recipient CITY = new Recipient("city", "テスト市", "Test City");
    private static final Recipient BOARD = new Recipient("board", "テスト市教育委員会", "Test Board of Education");

    /** 2026-04-01 (Wednesday) to 2026-06-10 (Wednesday). */
    private static TestContract reporting() {
        return new TestContract("reporting", "2026-04-01", "2026-06-10", Set.of(Channel.WEB))
                .recipient(CITY).recipient(BOARD)
                .route(RoutingRule.forPurpose(Purpose.REPORTS, "r1", "city"))
                .route(RoutingRule.forPurpose(Purpose.TERM_DELIVERABLES, "r2", "board"))
                .route(RoutingRule.always("r3", "board", "city"))
                .report(new ReportObligation("daily", "日報", "Daily", ReportPeriod.DAILY,
                        Due.nextDayBy(LocalTime.of(9, 0)), Purpose.REPORTS, "c-daily"))
                .report(new ReportObligation("weekly", "週報", "Weekly", ReportPeriod.WEEKLY,
                        Due.daysAfterPeriodEnd(2), Purpose.REPORTS, "c-weekly"))
                .report(new ReportObligation("monthly", "月報", "Monthly", ReportPeriod.MONTHLY,
                        Due.dayOfFollowingMonthOrNextBusinessDay(10), Purpose.REPORTS, "c-monthly"))
                .report(new ReportObligation("term", "実績報告書", "Term", ReportPeriod.TERM,
                        Due.daysAfterPeriodEnd(14), Purpose.TERM_DELIVERABLES, "c-term"))
                .report(new ReportObligation("roster", "名簿", "Roster", ReportPeriod.TERM_START,
                        Due.daysFromTermStart(-1), Purpose.ROSTER, "c-roster"))
                .report(new ReportObligation("event", "事案報告", "Event", ReportPeriod.EVENT,
                        null, Purpose.EMERGENCY, "c-event"));
    }

    private static ReportObligation obligation(TestContract c, String id) {
        return c.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Term term(TestContract c) {
        return c.info().term();
    }

    @Test
    public void dailyPeriodsAreEachDayOfTheTerm() {
        TestContract c = reporting();
        List<DateRange> periods = CalendarComputer.periods(obligation(c, "daily"), term(c));
        assertEquals(71, periods.size());
        assertEquals(DateRange.day("2026-04-01"), periods.get(0));
        assertEquals(DateRange.day("2026-06-10"), periods.get(70));
        periods.forEach(p -> assertEquals(p.start(), p.end()));
    }

    @Test
    public void weeklyPeriodsAreMondayToSundayClippedToTheTerm() {
        TestContract c = reporting();
        List<DateRange> periods = CalendarComputer.periods(obligation(c, "weekly"), term(c));
        assertEquals(DateRange.of("2026-04-01", "2026-04-05"), periods.get(0));
        assertEquals(DateRange.of("2026-04-06", "2026-04-12"), periods.get(1));
        assertEquals(DateRange.of("2026-06-01", "2026-06-07"), periods.get(periods.size() - 2));
        assertEquals(DateRange.of("2026-06-08", "2026-06-10"), periods.get(periods.size() - 1));
        assertEquals(11, periods.size());
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(java.time.DayOfWeek.MONDAY, periods.get(i).start().getDayOfWeek());
            assertEquals(periods.get(i - 1).end().plusDays(1), periods.get(i).start());
        }
    }

    @Test
    public void weeklyPeriodOfATermStartingOnMondayAndEndingOnSunday() {
        Term term = new Term(d("2026-04-06"), d("2026-04-19"), List.of(), "t");
        ReportObligation weekly = new ReportObligation("weekly", "週報", "Weekly", ReportPeriod.WEEKLY,
                Due.daysAfterPeriodEnd(1), Purpose.REPORTS, "c");
        assertEquals(List.of(DateRange.of("2026-04-06", "2026-04-12"), DateRange.of("2026-04-13", "2026-04-19")),
                CalendarComputer.periods(weekly, term));
    }

    @Test
    public void monthlyPeriodsAreCalendarMonthsClippedToTheTerm() {
        TestContract c = reporting();
        assertEquals(List.of(DateRange.of("2026-04-01", "2026-04-30"), DateRange.of("2026-05-01", "2026-05-31"),
                DateRange.of("2026-06-01", "2026-06-10")),
                CalendarComputer.periods(obligation(c, "monthly"), term(c)));
        Term midMonth = new Term(d("2026-04-15"), d("2026-05-20"), List.of(), "t");
        assertEquals(List.of(DateRange.of("2026-04-15", "2026-04-30"), DateRange.of("2026-05-01", "2026-05-20")),
                CalendarComputer.periods(obligation(c, "monthly"), midMonth));
    }

    @Test
    public void termAndTermStartPeriodsAreTheWholeTermAndEventHasNone() {
        TestContract c = reporting();
        assertEquals(List.of(DateRange.of("2026-04-01", "2026-06-10")),
                CalendarComputer.periods(obligation(c, "term"), term(c)));
        assertEquals(List.of(DateRange.of("2026-04-01", "2026-06-10")),
                CalendarComputer.periods(obligation(c, "roster"), term(c)));
        assertEquals(List.of(), CalendarComputer.periods(obligation(c, "event"), term(c)));
    }

    @Test
    public void scheduleHoldsOnlyDuesWithinTheRangeOrderedByDue() {
        List<ReportDue> dues = computer.reportSchedule(reporting(), d("2026-04-01"), d("2026-04-07"));
        assertEquals(List.of("daily", "daily", "daily", "daily", "daily", "daily", "weekly"),
                dues.stream().map(ReportDue::report).toList());
        assertEquals(t("2026-04-02T09:00+09:00"), dues.get(0).due());
        assertEquals(d("2026-04-01"), dues.get(0).periodStart());
        assertEquals(t("2026-04-07T09:00+09:00"), dues.get(5).due());
        ReportDue weekly = dues.get(6);
        assertEquals(t("2026-04-07T23:59:59+09:00"), weekly.due());
        assertEquals(d("2026-04-01"), weekly.periodStart());
        assertEquals(d("2026-04-05"), weekly.periodEnd());
        assertEquals("週報", weekly.nameJa());
        assertEquals("c-weekly", weekly.clause());
    }

    @Test
    public void scheduleRangeIsInclusiveAtBothEnds() {
        // Only the day of the range counts, the whole of it: 09:00 and 23:59:59 dues of 2026-05-11.
        List<ReportDue> dues = computer.reportSchedule(reporting(), d("2026-05-11"), d("2026-05-11"));
        assertEquals(2, dues.size());
        assertEquals("daily", dues.get(0).report());
        assertEquals(t("2026-05-11T09:00+09:00"), dues.get(0).due());
        assertEquals(d("2026-05-10"), dues.get(0).periodEnd());
        // 2026-05-10 is a Sunday: the April report moves to Monday 05-11.
        assertEquals("monthly", dues.get(1).report());
        assertEquals(t("2026-05-11T23:59:59+09:00"), dues.get(1).due());
        assertEquals(d("2026-04-01"), dues.get(1).periodStart());
        assertEquals(d("2026-04-30"), dues.get(1).periodEnd());
    }

    @Test
    public void termStartDueBeforeTheTermIsScheduled() {
        List<ReportDue> dues = computer.reportSchedule(reporting(), d("2026-03-31"), d("2026-03-31"));
        assertEquals(1, dues.size());
        ReportDue roster = dues.get(0);
        assertEquals("roster", roster.report());
        assertEquals(t("2026-03-31T23:59:59+09:00"), roster.due());
        assertEquals(d("2026-04-01"), roster.periodStart());
        assertEquals(d("2026-06-10"), roster.periodEnd());
        assertEquals(List.of(BOARD, CITY), roster.recipients());
    }

    @Test
    public void scheduleAfterTheTermHoldsTheLateDues() {
        List<ReportDue> dues = computer.reportSchedule(reporting(), d("2026-06-11"), d("2026-12-31"));
        assertEquals(List.of("daily", "weekly", "term", "monthly"), dues.stream().map(ReportDue::report).toList());
        assertEquals(t("2026-06-11T09:00+09:00"), dues.get(0).due());
        assertEquals(t("2026-06-12T23:59:59+09:00"), dues.get(1).due());
        assertEquals(d("2026-06-08"), dues.get(1).periodStart());
        assertEquals(t("2026-06-24T23:59:59+09:00"), dues.get(2).due());
        assertEquals(t("2026-07-10T23:59:59+09:00"), dues.get(3).due());
        assertEquals(d("2026-06-10"), dues.get(3).periodEnd());
    }

    @Test
    public void scheduleOverTheWholeTermIsOrderedAndHasNoEvents() {
        List<ReportDue> dues = computer.reportSchedule(reporting(), d("2026-01-01"), d("2026-12-31"));
        // 71 daily + 11 weekly + 3 monthly + term + roster.
        assertEquals(71 + 11 + 3 + 1 + 1, dues.size());
        assertTrue(dues.stream().noneMatch(r -> r.report().equals("event")));
        for (int i = 1; i < dues.size(); i++) {
            assertFalse("not ordered at " + i, dues.get(i).due().isBefore(dues.get(i - 1).due()));
        }
        assertEquals("roster", dues.get(0).report());
        assertEquals("monthly", dues.get(dues.size() - 1).report());
    }

    @Test
    public void recipientsComeFromPossibleRecipients() {
        TestContract c = reporting();
        List<ReportDue> dues = computer.reportSchedule(c, d("2026-01-01"), d("2026-12-31"));
        for (ReportDue due : dues) {
            Purpose purpose = obligation(c, due.report()).purpose();
            assertEquals(due.report(), c.possibleRecipients(purpose), due.recipients());
        }
        ReportDue daily = dues.stream().filter(r -> r.report().equals("daily")).findFirst().orElseThrow();
        assertEquals(List.of(CITY, BOARD), daily.recipients());
        ReportDue term = dues.stream().filter(r -> r.report().equals("term")).findFirst().orElseThrow();
        assertEquals(List.of(BOARD, CITY), term.recipients());
    }

    @Test
    public void reportsDueAtTheSameInstantAreOrderedByReportId() {
        TestContract c = new TestContract("ties", "2026-04-01", "2026-04-30", Set.of(Channel.WEB))
                .report(new ReportObligation("zeta", "ゼータ", "Zeta", ReportPeriod.TERM, Due.daysAfterPeriodEnd(1),
                        Purpose.REPORTS, "z"))
                .report(new ReportObligation("alpha", "アルファ", "Alpha", ReportPeriod.TERM, Due.daysAfterPeriodEnd(1),
                        Purpose.REPORTS, "a"));
        List<ReportDue> dues = computer.reportSchedule(c, d("2026-05-01"), d("2026-05-01"));
        assertEquals(List.of("alpha", "zeta"), dues.stream().map(ReportDue::report).toList());
        assertEquals(List.of(), dues.get(0).recipients());
    }

    @Test
    public void contractWithoutReportsHasAnEmptySchedule() {
        assertEquals(List.of(), computer.reportSchedule(april(), d("2026-04-01"), d("2026-04-30")));
    }
}
