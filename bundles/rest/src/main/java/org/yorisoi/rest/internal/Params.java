package org.yorisoi.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parsing of query parameters and formatting of instants; parsed here so that errors can name the parameter. */
final class Params {

    /** Every instant the API returns is shown at Japan's offset, whatever offset the caller used. */
    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    static final String DATE_EXPECTED = "expected YYYY-MM-DD";
    static final String DATE_TIME_EXPECTED = "expected an ISO-8601 date-time with offset, e.g. 2025-04-01T18:00:00+09:00";

    private Params() {
    }

    /** A required date parameter. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "required, " + DATE_EXPECTED);
        }
        try {
            return LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, DATE_EXPECTED);
        }
    }

    /** An optional date-time parameter, or {@code null} when absent. */
    static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // an unencoded '+' in a query string arrives as a space: "2025-04-01T18:00:00 09:00"
        String text = value.trim();
        int t = text.indexOf('T');
        int space = text.lastIndexOf(' ');
        if (t > 0 && space > t) {
            text = text.substring(0, space) + '+' + text.substring(space + 1);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, DATE_TIME_EXPECTED);
        }
    }

    /** ISO-8601 at +09:00, or {@code null}. */
    static String format(OffsetDateTime instant) {
        return instant == null ? null
                : instant.withOffsetSameInstant(JST).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** ISO-8601 date, or {@code null}. */
    static String format(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
