package org.yorisoi.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The record a counselor completes when closing (Kyoto 6(7)ア 主訴・助言・相談時刻・相談時間, and the other contracts'
 * reports): what the consultation was about, what was advised, its category, attributes and urgency. Start and
 * duration are filled in by the platform.
 *
 * @param mainComplaint 主訴
 * @param advice 助言内容
 * @param category the main category
 * @param attributes attributes learnt during the consultation (contract attribute codes), merged over the intake's
 * @param urgency judged urgency
 * @param start when the conversation began (filled in)
 * @param duration from the first claim to closing (filled in)
 * @param closedBy the counselor's person id (filled in)
 */
public record ConsultationRecord(String mainComplaint, String advice, Category category, Map<String, String> attributes,
                                 Urgency urgency, Instant start, Duration duration, String closedBy) {
    public ConsultationRecord {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(urgency, "urgency");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** What the counselor fills in; the platform adds start, duration and who closed. */
    public static ConsultationRecord of(String mainComplaint, String advice, Category category,
                                        Map<String, String> attributes, Urgency urgency) {
        return new ConsultationRecord(mainComplaint, advice, category, attributes, urgency, null, null, null);
    }

    /** Never the texts. */
    @Override
    public String toString() {
        return "ConsultationRecord[" + category + ", " + urgency + "]";
    }
}
