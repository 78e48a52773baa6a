package org.yorisoi.contract.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Japanese national holidays (国民の祝日, including 振替休日 and 国民の休日). Provided by the platform as a
 * service; contract rules receive it as an argument and never keep their own list.
 */
@ProviderType
public interface HolidayCalendar {

    /** True on a national holiday. */
    boolean isHoliday(LocalDate date);

    /** The holiday's Japanese name, empty on an ordinary day. */
    Optional<String> holidayName(LocalDate date);

    /** The first and last year the calendar knows; outside them {@link #isHoliday} throws. */
    int firstYear();

    int lastYear();

    /** A business day: Monday to Friday and not a national holiday. */
    default boolean isBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The date itself when it is a business day, else the next business day. */
    default LocalDate onOrNextBusinessDay(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
