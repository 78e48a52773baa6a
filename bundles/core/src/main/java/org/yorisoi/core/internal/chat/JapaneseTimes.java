package org.yorisoi.core.internal.chat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.yorisoi.platform.PlatformClock;

/** Times as the automatic replies show them to consulters. */
final class JapaneseTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M月d日", Locale.JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.JAPAN);
    /** Said when the term has no staffed opening left, so that no reply shows an empty gap. */
    static final String NO_NEXT_OPENING = "未定";

    private JapaneseTimes() {
    }

    /** 「7月17日(月) 17:00」 in Tokyo time, whatever the offset given. */
    static String opening(OffsetDateTime at) {
        if (at == null) {
            return NO_NEXT_OPENING;
        }
        var tokyo = at.atZoneSameInstant(PlatformClock.TOKYO);
        return DATE_TIME.format(tokyo) + "(" + tokyo.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPAN)
                + ") " + TIME.format(tokyo);
    }
}
