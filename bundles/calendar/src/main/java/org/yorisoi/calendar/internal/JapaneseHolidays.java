package org.yorisoi.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yorisoi.contract.spi.HolidayCalendar;

/**
 * National holidays from the shipped table (see README.txt beside the data), with operator overrides.
 * Immutable; a configuration change builds a new one.
 */
public final class JapaneseHolidays implements HolidayCalendar {

    static final String TABLE = "holidays-jp.csv";

    private final TreeMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;

    private JapaneseHolidays(TreeMap<LocalDate, String> holidays) {
        this.holidays = holidays;
        this.firstYear = holidays.firstKey().getYear();
        this.lastYear = holidays.lastKey().getYear();
    }

    /** The shipped table. */
    public static JapaneseHolidays fromShippedTable() {
        return withOverrides(Map.of(), java.util.Set.of());
    }

    /** The shipped table, with days added (date to name) and days removed. */
    public static JapaneseHolidays withOverrides(Map<LocalDate, String> added, java.util.Set<LocalDate> removed) {
        TreeMap<LocalDate, String> table = readTable();
        table.putAll(added);
        removed.forEach(table::remove);
        return new JapaneseHolidays(table);
    }

    private static TreeMap<LocalDate, String> readTable() {
        TreeMap<LocalDate, String> table = new TreeMap<>();
        try (InputStream in = JapaneseHolidays.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("holiday table " + TABLE + " missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", 3);
                table.put(LocalDate.parse(cols[0]), cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException("holidays are known for " + firstYear + "-" + lastYear + " only, not " + date);
        }
        return Optional.ofNullable(holidays.get(date));
    }

    @Override
    public int firstYear() {
        return firstYear;
    }

    @Override
    public int lastYear() {
        return lastYear;
    }
}
