package org.yorisoi.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.yorisoi.contract.spi.HolidayCalendar;

/** The platform's holiday calendar service. */
@Component(service = HolidayCalendar.class, configurationPid = "org.yorisoi.calendar")
@Designate(ocd = HolidayCalendarComponent.Config.class)
public class HolidayCalendarComponent implements HolidayCalendar {

    @ObjectClassDefinition(name = "Yorisoi national holidays",
            description = "Corrections to the shipped table of Japanese national holidays")
    public @interface Config {
        @AttributeDefinition(description = "Days to add, each YYYY-MM-DD=name (e.g. a newly announced holiday)")
        String[] added() default {};

        @AttributeDefinition(description = "Days to remove from the table, each YYYY-MM-DD")
        String[] removed() default {};
    }

    private volatile JapaneseHolidays holidays;

    @Activate
    @Modified
    void configure(Config config) {
        Map<LocalDate, String> added = new HashMap<>();
        for (String entry : splitAll(config.added())) {
            String[] kv = entry.split("=", 2);
            added.put(LocalDate.parse(kv[0].trim()), kv.length > 1 ? kv[1].trim() : "休日");
        }
        Set<LocalDate> removed = new HashSet<>();
        for (String day : splitAll(config.removed())) {
            removed.add(LocalDate.parse(day.trim()));
        }
        holidays = JapaneseHolidays.withOverrides(added, removed);
    }

    /** A .cfg file gives one comma-separated string; Config Admin tooling may give several. */
    private static java.util.List<String> splitAll(String[] values) {
        return java.util.Arrays.stream(values).flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return holidays.isHoliday(date);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return holidays.holidayName(date);
    }

    @Override
    public int firstYear() {
        return holidays.firstYear();
    }

    @Override
    public int lastYear() {
        return holidays.lastYear();
    }
}
