package org.yorisoi.core.internal.chat;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.Test;
import org.yorisoi.chat.ConversationState;
import org.yorisoi.chat.IntakeResult.Situation;
import org.yorisoi.contract.spi.AutoReply;
import org.yorisoi.platform.Availability;

public class IntakeRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2023-07-17T10:00+09:00");
    private static final OffsetDateTime NEXT = OffsetDateTime.parse("2023-07-17T17:00+09:00");

    private static Availability staffed() {
        return new Availability("kyoto", NOW, true, true, false, null, NEXT);
    }

    private static Availability unstaffed() {
        return new Availability("kyoto", NOW, true, false, false, null, NEXT);
    }

    private static Availability outsideTerm() {
        return new Availability("kyoto", NOW, false, false, false, null, null);
    }

    private static IntakeRules.Facts waiting(Availability a, boolean first, int onDuty, long active, String lastReply) {
        return new IntakeRules.Facts(a, false, ConversationState.WAITING, first, onDuty, 3, active, 2, lastReply);
    }

    @Test
    public void outsideTheTermTheClosingNoticeIsGivenOnce() {
        IntakeRules.Decision first = IntakeRules.decide(waiting(outsideTerm(), true, 0, 0, null));
        assertEquals(Situation.OUTSIDE_TERM, first.situation());
        assertEquals(AutoReply.OUTSIDE_TERM, first.reply());
        assertFalse(first.needsCallback());
        assertNull(IntakeRules.decide(waiting(outsideTerm(), false, 0, 0, first.replyKey())).reply());
    }

    @Test
    public void outOfHoursRepliesOnceWithTheNextOpeningAndAsksForACallback() {
        IntakeRules.Decision first = IntakeRules.decide(waiting(unstaffed(), true, 0, 0, null));
        assertEquals(Situation.OUT_OF_HOURS, first.situation());
        assertEquals(AutoReply.OUT_OF_HOURS, first.reply());
        assertEquals(NEXT, first.callbackDue());
        assertTrue(first.needsCallback());
        IntakeRules.Decision second = IntakeRules.decide(waiting(unstaffed(), false, 0, 0, first.replyKey()));
        assertNull(second.reply());
        assertTrue("every out-of-hours contact stays on the call-back list", second.needsCallback());
    }

    @Test
    public void duringAPauseThePausedReplyReplacesTheOutOfHoursOne() {
        IntakeRules.Decision d = IntakeRules.decide(new IntakeRules.Facts(unstaffed(), true,
                ConversationState.WAITING, true, 0, 3, 0, 1, previousOutOfHours()));
        assertEquals(Situation.OUT_OF_HOURS, d.situation());
        assertEquals(AutoReply.PAUSED, d.reply());
    }

    private static String previousOutOfHours() {
        return Situation.OUT_OF_HOURS.name();
    }

    @Test
    public void anActiveConversationIsAnsweredWithoutAutomaticReplyEvenAfterClosingTime() {
        IntakeRules.Decision d = IntakeRules.decide(new IntakeRules.Facts(unstaffed(), false,
                ConversationState.ACTIVE, false, 0, 3, 5, 0, null));
        assertEquals(Situation.ANSWERED, d.situation());
        assertNull(d.reply());
        assertFalse(d.needsCallback());
    }

    @Test
    public void inStaffedHoursWithRoomTheFirstMessageIsWelcomedAndLaterOnesAreNot() {
        IntakeRules.Decision first = IntakeRules.decide(waiting(staffed(), true, 2, 5, null));
        assertEquals(Situation.QUEUED, first.situation());
        assertEquals(AutoReply.WELCOME, first.reply());
        assertEquals(2, first.queuePosition());
        assertNull(IntakeRules.decide(waiting(staffed(), false, 2, 5, first.replyKey())).reply());
    }

    @Test
    public void whenEveryCounselorOnDutyIsAtCapacityTheBusyReplyNamesTheQueuePositionOnce() {
        IntakeRules.Decision busy = IntakeRules.decide(waiting(staffed(), true, 2, 6, null));
        assertEquals(Situation.BUSY, busy.situation());
        assertEquals(AutoReply.ALL_BUSY, busy.reply());
        assertEquals(2, busy.queuePosition());
        assertNull(IntakeRules.decide(waiting(staffed(), false, 2, 6, busy.replyKey())).reply());
    }

    @Test
    public void nobodyOnDutyInStaffedHoursCountsAsBusy() {
        assertTrue(IntakeRules.allBusy(0, 3, 0));
        assertEquals(Situation.BUSY, IntakeRules.decide(waiting(staffed(), true, 0, 0, null)).situation());
    }

    @Test
    public void busyMeansActiveConversationsReachOnDutyTimesCapacity() {
        assertFalse(IntakeRules.allBusy(2, 3, 5));
        assertTrue(IntakeRules.allBusy(2, 3, 6));
        assertTrue(IntakeRules.allBusy(1, 1, 7));
    }

    @Test
    public void placeholdersAreFilledInJapanese() {
        Map<AutoReply, String> wording = Map.of(AutoReply.OUT_OF_HOURS, "次の受付は{nextOpening}からです。",
                AutoReply.ALL_BUSY, "ただいま{queuePosition}番目です。");
        assertEquals("次の受付は7月17日(月) 17:00からです。",
                IntakeRules.text(wording, AutoReply.OUT_OF_HOURS, NEXT, 0));
        assertEquals("ただいま3番目です。", IntakeRules.text(wording, AutoReply.ALL_BUSY, null, 3));
    }

    @Test
    public void aReplyTheContractDoesNotWordIsNotSent() {
        assertNull(IntakeRules.text(Map.of(), AutoReply.WELCOME, NEXT, 0));
    }

    @Test
    public void onlyOutOfHoursRepliesAreForgottenWhenTheCallbackIsDone() {
        assertTrue(IntakeRules.isOutOfHoursReply("OUT_OF_HOURS"));
        assertTrue(IntakeRules.isOutOfHoursReply(IntakeRules.PAUSED_KEY));
        assertFalse(IntakeRules.isOutOfHoursReply("BUSY"));
        assertFalse(IntakeRules.isOutOfHoursReply(null));
    }
}
