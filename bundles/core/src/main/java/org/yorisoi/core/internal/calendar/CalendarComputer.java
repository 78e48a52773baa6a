package org.yorisoi.core.internal.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.HolidayCalendar;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.ReportDue;

/**
 * Turns a contract's declared rules into concrete openings, availability and report due dates. Pure: the
 * holiday calendar is passed in, so contract rules can be checked without OSGi.
 */
public final class CalendarComputer {

    /** Japan has had no daylight saving since 1951: every contract instant is at +09:00. */
    public static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final HolidayCalendar holidays;

    public CalendarComputer(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    /** Openings over whole days {@code from}..{@code to}, clipped to the term, merged per kind. */
    public List<Opening> openings(Contract contract, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Term term = contract.info().term();
        LocalDate first = from.isBefore(term.start()) ? term.start() : from;
        LocalDate last = to.isAfter(term.end()) ? term.end() : to;
        Map<WindowKind, List<Opening>> byKind = new EnumMap<>(WindowKind.class);
        List<WindowRule> rules = contract.windows();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WindowRule rule : rules) {
                if (rule.days().appliesOn(day, holidays)) {
                    OffsetDateTime start = day.atTime(rule.start()).atOffset(JST);
                    OffsetDateTime end = rule.endsAtMidnight()
                            ? day.plusDays(1).atStartOfDay().atOffset(JST)
                            : day.atTime(rule.end()).atOffset(JST);
                    byKind.computeIfAbsent(rule.kind(), k -> new ArrayList<>()).add(new Opening(start, end, rule.kind()));
                }
            }
        }
        List<Opening> merged = new ArrayList<>();
        byKind.values().forEach(list -> merged.addAll(merge(list)));
        merged.sort(Comparator.comparing(Opening::start).thenComparing(Opening::kind));
        return merged;
    }

    private static List<Opening> merge(List<Opening> openings) {
        openings.sort(Comparator.comparing(Opening::start));
        List<Opening> out = new ArrayList<>();
        Opening current = null;
        for (Opening o : openings) {
            if (current != null && !o.start().isAfter(current.end())) {
                if (o.end().isAfter(current.end())) {
                    current = new Opening(current.start(), o.end(), current.kind());
                }
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = o;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** What a consulter finds at an instant. */
    public Availability availability(Contract contract, OffsetDateTime at) {
        OffsetDateTime local = at.withOffsetSameInstant(JST);
        Term term = contract.info().term();
        LocalDate day = local.toLocalDate();
        boolean chat = contract.info().channels().stream()
                .anyMatch(c -> c == Channel.WEB || c == Channel.LINE || c == Channel.AI);
        boolean receiving = chat && term.contains(day);
        // Openings that may contain the instant start on the day before at the latest (a window never spans more).
        List<Opening> around = term.contains(day) || term.contains(day.minusDays(1))
                ? openings(contract, day.minusDays(1), day) : List.of();
        boolean human = around.stream().anyMatch(o -> o.kind() == WindowKind.HUMAN && o.contains(local));
        boolean ai = around.stream().anyMatch(o -> o.kind() == WindowKind.AI && o.contains(local));
        Availability.AppointmentWindow window = null;
        if (around.stream().anyMatch(o -> o.kind() == WindowKind.APPOINTMENT_STANDARD && o.contains(local))) {
            window = Availability.AppointmentWindow.STANDARD;
        } else if (around.stream().anyMatch(o -> o.kind() == WindowKind.APPOINTMENT_EXTENDED && o.contains(local))) {
            window = Availability.AppointmentWindow.EXTENDED;
        }
        return new Availability(contract.info().id(), local, receiving, human, ai, window, nextHumanOpening(contract, local));
    }

    /** Start of the first staffed opening that begins after {@code at}, searching to the end of the term. */
    public OffsetDateTime nextHumanOpening(Contract contract, OffsetDateTime at) {
        Term term = contract.info().term();
        LocalDate day = at.withOffsetSameInstant(JST).toLocalDate();
        if (day.isBefore(term.start())) {
            day = term.start();
        }
        while (!day.isAfter(term.end())) {
            LocalDate chunkEnd = day.plusDays(30).isAfter(term.end()) ? term.end() : day.plusDays(30);
            for (Opening o : openings(contract, day, chunkEnd)) {
                if (o.kind() == WindowKind.HUMAN && o.start().isAfter(at)) {
                    return o.start();
                }
            }
            day = chunkEnd.plusDays(1);
        }
        return null;
    }

    /** Reports whose due date falls within {@code from}..{@code to}, ordered by due date then report id. */
    public List<ReportDue> reportSchedule(Contract contract, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Term term = contract.info().term();
        List<ReportDue> out = new ArrayList<>();
        for (ReportObligation obligation : contract.reports()) {
            for (DateRange period : periods(obligation, term)) {
                LocalDateTime due = obligation.due().dueFor(period, term, holidays);
                LocalDate dueDay = due.toLocalDate();
                if (!dueDay.isBefore(from) && !dueDay.isAfter(to)) {
                    out.add(new ReportDue(obligation.id(), obligation.nameJa(), period.start(), period.end(),
                            due.atOffset(JST), contract.possibleRecipients(obligation.purpose()), obligation.clause()));
                }
            }
        }
        out.sort(Comparator.comparing(ReportDue::due).thenComparing(ReportDue::report));
        return out;
    }

    static List<DateRange> periods(ReportObligation obligation, Term term) {
        List<DateRange> periods = new ArrayList<>();
        LocalDate start = term.start();
        switch (obligation.period()) {
            case DAILY -> term.range().days().forEach(d -> periods.add(new DateRange(d, d)));
            case WEEKLY -> {
                for (LocalDate d = start; !d.isAfter(term.end()); ) {
                    LocalDate sunday = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                    LocalDate end = sunday.isAfter(term.end()) ? term.end() : sunday;
                    periods.add(new DateRange(d, end));
                    d = end.plusDays(1);
                }
            }
            case MONTHLY -> {
                for (LocalDate d = start; !d.isAfter(term.end()); ) {
                    LocalDate monthEnd = d.with(TemporalAdjusters.lastDayOfMonth());
                    LocalDate end = monthEnd.isAfter(term.end()) ? term.end() : monthEnd;
                    periods.add(new DateRange(d, end));
                    d = end.plusDays(1);
                }
            }
            case TERM, TERM_START -> periods.add(term.range());
            case EVENT -> { }
        }
        return periods;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > ContractCalendar.MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("range " + from + ".." + to + " is longer than "
                    + ContractCalendar.MAX_RANGE_DAYS + " days");
        }
    }
}
