package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;

import java.time.OffsetDateTime;

import org.junit.Test;

public class JapaneseTimesTest {

    @Test
    public void anOpeningReadsAsMonthDayWeekdayAndTime() {
        assertEquals("7月17日(月) 17:00", JapaneseTimes.opening(OffsetDateTime.parse("2023-07-17T17:00+09:00")));
    }

    @Test
    public void anInstantGivenInUtcIsShownInTokyoTime() {
        assertEquals("1月1日(月) 9:30", JapaneseTimes.opening(OffsetDateTime.parse("2024-01-01T00:30Z")));
    }

    @Test
    public void noOpeningLeftInTheTermReadsAsUndecided() {
        assertEquals("未定", JapaneseTimes.opening(null));
    }
}
