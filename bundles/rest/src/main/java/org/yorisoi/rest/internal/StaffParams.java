package org.yorisoi.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;

/** Parsing of the staff endpoints' parameters and body fields, so that every error names the field. */
final class StaffParams {

    private StaffParams() {
    }

    /** A required enum value; an unknown one is refused with the allowed values. Case and '-' are forgiven. */
    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "required, one of " + allowed(type));
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(normalised)) {
                return e;
            }
        }
        throw new BadParameterException(name, "expected one of " + allowed(type) + ", got '" + value + "'");
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A required text. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "required");
        }
        return value;
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new BadParameterException("body", "a JSON object is required");
        }
        return body;
    }

    /** An optional date, or {@code null}. */
    static LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : Params.date(name, value);
    }

    /** A required date-time with offset. */
    static OffsetDateTime dateTime(String name, String value) {
        OffsetDateTime t = Params.dateTime(name, value);
        if (t == null) {
            throw new BadParameterException(name, "required, " + Params.DATE_TIME_EXPECTED);
        }
        return t;
    }

    /** The days {@code from}..{@code to} (both included) as the instants from the start of one to the end of the other, in Tokyo. */
    static OffsetDateTime[] days(String fromName, String from, String toName, String to) {
        LocalDate first = Params.date(fromName, from);
        LocalDate last = Params.date(toName, to);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(toName + " " + last + " is before " + fromName + " " + first);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > ContractCalendar.MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("at most " + ContractCalendar.MAX_RANGE_DAYS + " days: " + first + ".." + last);
        }
        ZonedDateTime start = first.atStartOfDay(PlatformClock.TOKYO);
        ZonedDateTime end = last.plusDays(1).atStartOfDay(PlatformClock.TOKYO);
        return new OffsetDateTime[] {start.toOffsetDateTime(), end.toOffsetDateTime()};
    }

    /** A person named by id or, failing that, by login name. */
    static Person person(StaffDirectory directory, String name, String value) {
        String v = text(name, value).strip();
        return directory.person(v).or(() -> directory.byLogin(v))
                .orElseThrow(() -> new BadParameterException(name, "no person with id or login '" + v + "'"));
    }

    /** The approval kinds the contract's qualification rules accept (e.g. Kyoto's commissioner approval). */
    static Set<String> approvalKinds(Contract contract) {
        Set<String> kinds = new TreeSet<>();
        for (QualificationRule rule : contract.qualifications()) {
            collect(rule.requirement(), kinds);
        }
        return kinds;
    }

    private static void collect(Requirement requirement, Set<String> kinds) {
        // Java 17: no pattern switch yet; the other kinds (qualifications, experience) name no approval
        if (requirement instanceof Requirement.Approved a) {
            kinds.add(a.approvalKind());
        } else if (requirement instanceof Requirement.AllOf all) {
            all.parts().forEach(p -> collect(p, kinds));
        } else if (requirement instanceof Requirement.AnyOf any) {
            any.parts().forEach(p -> collect(p, kinds));
        }
    }
}
