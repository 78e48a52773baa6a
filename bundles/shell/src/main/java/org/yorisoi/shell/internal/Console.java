package org.yorisoi.shell.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;

/** Parsing and formatting shared by the commands. Everything is shown in Asia/Tokyo. */
final class Console {

    /** English day names so that output does not depend on the JVM's default locale. */
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEE)", Locale.ENGLISH);
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    private Console() {
    }

    /** The deployed contract, or a message naming the ones that are deployed. */
    static Contract contract(ContractRegistry registry, String id) throws BadInputException {
        return registry.find(id).orElseThrow(() -> new BadInputException(unknown(registry, id)));
    }

    static String unknown(ContractRegistry registry, String id) {
        List<Contract> deployed = registry.contracts();
        String ids = deployed.isEmpty() ? "none"
                : deployed.stream().map(c -> c.info().id()).collect(Collectors.joining(", "));
        return "No contract '" + id + "' is deployed. Deployed: " + ids;
    }

    static LocalDate date(String option, String value) throws BadInputException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": expected a date as YYYY-MM-DD (e.g. 2025-04-01), got '" + value + "'");
        }
    }

    /** An ISO date-time with offset; one without offset is taken as Tokyo local time. */
    static OffsetDateTime dateTime(String option, String value) throws BadInputException {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).atZone(PlatformClock.TOKYO).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                throw new BadInputException(option + ": expected an ISO date-time with offset as"
                        + " YYYY-MM-DDTHH:MM[:SS]+09:00 (e.g. 2025-04-07T18:00+09:00), got '" + value + "'");
            }
        }
    }

    /**
     * The date range from the options: {@code from} defaults to today (Tokyo, platform clock), {@code to} to
     * {@code from + defaultDays}.
     */
    static LocalDate[] range(PlatformClock clock, String from, String to, int defaultDays) throws BadInputException {
        LocalDate start = from == null ? clock.nowInTokyo().toLocalDate() : date("--from", from);
        LocalDate end = to == null ? start.plusDays(defaultDays) : date("--to", to);
        if (end.isBefore(start)) {
            throw new BadInputException("--to " + end + " is before --from " + start);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > ContractCalendar.MAX_RANGE_DAYS) {
            throw new BadInputException("--from " + start + " --to " + end + " spans more than "
                    + ContractCalendar.MAX_RANGE_DAYS + " days");
        }
        return new LocalDate[] {start, end};
    }

    static String minute(OffsetDateTime t) {
        return t == null ? "-" : t.atZoneSameInstant(PlatformClock.TOKYO).format(MINUTE);
    }

    /** An instant in Tokyo time to the minute, with the day; "-" for none. */
    static String minute(java.time.Instant t) {
        return t == null ? "-" : t.atZone(PlatformClock.TOKYO).format(MINUTE);
    }

    /** An instant in Tokyo time to the second; "-" for none. */
    static String instant(java.time.Instant t) {
        return t == null ? "-" : t.atZone(java.time.ZoneId.of("Asia/Tokyo")).format(SECOND);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
