package org.yorisoi.calendar.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

public class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = JapaneseHolidays.fromShippedTable();

    private boolean holiday(String date) {
        return holidays.isHoliday(LocalDate.parse(date));
    }

    @Test
    public void citizensHolidayBetweenRespectForTheAgedAndEquinox2026() {
        assertTrue(holiday("2026-09-22"));
        assertEquals("休日", holidays.holidayName(LocalDate.parse("2026-09-22")).orElseThrow());
    }

    @Test
    public void substituteHolidayAfterChildrensDayOnTuesday2026() {
        assertTrue(holiday("2026-05-06"));
    }

    @Test
    public void comingOfAgeDayIsSecondMondayOfJanuary2027() {
        assertTrue(holiday("2027-01-11"));
        assertFalse(holiday("2027-01-12"));
    }

    @Test
    public void vernalEquinoxOnSundayGivesSubstituteMonday2027() {
        assertTrue(holiday("2027-03-21"));
        assertTrue(holiday("2027-03-22"));
    }

    @Test
    public void countsPerYearMatchTheCabinetOfficeTable2023To2027() {
        // Cabinet Office table: 2023: 16+1 substitute, 2024: 16+5 substitutes, 2025: 16+3, 2026: 16+1+1 citizens', 2027: 16+1 (03-22)
        Map<Integer, Integer> expected = Map.of(2023, 17, 2024, 21, 2025, 19, 2026, 18, 2027, 17);
        expected.forEach((year, count) -> {
            long n = Year.of(year).atDay(1).datesUntil(Year.of(year + 1).atDay(1)).filter(holidays::isHoliday).count();
            assertEquals("holidays in " + year, (long) count, n);
        });
    }

    @Test
    public void ordinaryDaysAndWeekendsAreNotHolidays() {
        assertFalse(holiday("2026-12-29"));
        assertFalse(holiday("2026-09-19"));
    }

    @Test
    public void businessDayRollsOverWeekendAndHoliday() {
        // 2026-05-02 Sat, 03 Sun, 04-06 holidays -> Thursday 2026-05-07
        assertEquals(LocalDate.parse("2026-05-07"), holidays.onOrNextBusinessDay(LocalDate.parse("2026-05-02")));
    }

    @Test
    public void overridesAddAndRemoveDays() {
        JapaneseHolidays changed = JapaneseHolidays.withOverrides(
                Map.of(LocalDate.parse("2026-06-01"), "臨時の休日"), Set.of(LocalDate.parse("2026-09-22")));
        assertTrue(changed.isHoliday(LocalDate.parse("2026-06-01")));
        assertFalse(changed.isHoliday(LocalDate.parse("2026-09-22")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void yearsOutsideTheTableAreRefusedRatherThanGuessed() {
        holidays.isHoliday(LocalDate.parse("2051-01-01"));
    }
}
