package org.yorisoi.core.internal.chat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.IntakeResult.Situation;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.platform.Availability;

/**
 * What an inbound message meets, and which automatic reply (if any) it gets. Pure: the service gathers the facts,
 * these rules decide.
 *
 * <p>A reply is given once per situation: the consulter who writes five lines out of hours gets one out-of-hours
 * reply, not five; a new reply comes when the situation changes (or, out of hours, when the call-back was done and
 * the situation was forgotten).
 */
final class IntakeRules {

    /** The situation key remembered for a reply during a pause (the API's Situation has no PAUSED). */
    static final String PAUSED_KEY = "PAUSED";

    private IntakeRules() {
    }

    /**
     * The facts at the time of the message.
     *
     * @param availability the contract's availability now
     * @param paused whether today lies in a pause of the contract's term
     * @param state the conversation's state before the message
     * @param firstMessage whether this is the consulter's first message in the conversation
     * @param onDuty distinct counselors and leads on shift now
     * @param capacity live conversations per counselor
     * @param active active conversations of the contract now
     * @param queuePosition the conversation's 1-based place among the waiting ones
     * @param lastReply the situation key of the conversation's latest automatic reply, or null
     */
    record Facts(Availability availability, boolean paused, ConversationState state, boolean firstMessage, int onDuty,
                 int capacity, long active, int queuePosition, String lastReply) {
    }

    /**
     * @param situation the API's situation
     * @param replyKey the situation key to remember (null: keep the one remembered)
     * @param reply the automatic reply to give, or null
     * @param queuePosition for QUEUED and BUSY, else 0
     * @param callbackDue for OUT_OF_HOURS: the next staffed opening (may be null when none is left in the term)
     */
    record Decision(Situation situation, String replyKey, AutoReply reply, int queuePosition,
                    OffsetDateTime callbackDue) {
        boolean needsCallback() {
            return situation == Situation.OUT_OF_HOURS;
        }
    }

    /** True for the remembered replies of out-of-hours contacts (forgotten once the call-back is done). */
    static boolean isOutOfHoursReply(String key) {
        return Situation.OUT_OF_HOURS.name().equals(key) || PAUSED_KEY.equals(key);
    }

    /** True when every counselor on duty is at capacity, or nobody is on duty. */
    static boolean allBusy(int onDuty, int capacity, long active) {
        return onDuty <= 0 || active >= (long) onDuty * capacity;
    }

    static Decision decide(Facts f) {
        Availability a = f.availability();
        if (!a.receiving()) {
            return once(f, Situation.OUTSIDE_TERM, Situation.OUTSIDE_TERM.name(), AutoReply.OUTSIDE_TERM, 0, null);
        }
        if (f.state() == ConversationState.ACTIVE) {
            // a counselor holds it: the conversation goes on even past closing time (Kyoto 6(3))
            return new Decision(Situation.ANSWERED, Situation.ANSWERED.name(), null, 0, null);
        }
        if (!a.humanStaffed()) {
            if (f.paused()) {
                return once(f, Situation.OUT_OF_HOURS, PAUSED_KEY, AutoReply.PAUSED, 0, a.nextHumanOpening());
            }
            return once(f, Situation.OUT_OF_HOURS, Situation.OUT_OF_HOURS.name(), AutoReply.OUT_OF_HOURS, 0,
                    a.nextHumanOpening());
        }
        if (allBusy(f.onDuty(), f.capacity(), f.active())) {
            return once(f, Situation.BUSY, Situation.BUSY.name(), AutoReply.ALL_BUSY, f.queuePosition(), null);
        }
        return new Decision(Situation.QUEUED, Situation.QUEUED.name(), f.firstMessage() ? AutoReply.WELCOME : null,
                f.queuePosition(), null);
    }

    private static Decision once(Facts f, Situation situation, String key, AutoReply reply, int position,
                                 OffsetDateTime due) {
        return new Decision(situation, key, key.equals(f.lastReply()) ? null : reply, position, due);
    }

    /** The contract's wording with {@code {nextOpening}} and {@code {queuePosition}} filled in; null when unworded. */
    static String text(Map<AutoReply, String> wording, AutoReply reply, OffsetDateTime nextOpening,
                       int queuePosition) {
        String text = wording.get(reply);
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replace("{nextOpening}", JapaneseTimes.opening(nextOpening))
                .replace("{queuePosition}", Integer.toString(queuePosition));
    }
}
