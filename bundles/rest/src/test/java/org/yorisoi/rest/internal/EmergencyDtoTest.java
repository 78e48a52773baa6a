package org.yorisoi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.Test;
import org.yorisoi.contract.spi.EscalationRule.Trigger;
import org.yorisoi.contract.spi.EscalationStep.StepKind;
import org.yorisoi.emergency.CaseNotice;
import org.yorisoi.emergency.CaseOrigin;
import org.yorisoi.emergency.CaseState;
import org.yorisoi.emergency.CaseStep;
import org.yorisoi.emergency.EmergencyCase;
import org.yorisoi.rest.internal.EmergencyDto.CaseStepDoneRequest;
import org.yorisoi.rest.internal.EmergencyDto.CaseView;

public class EmergencyDtoTest {

    private static final Instant OPENED = Instant.parse("2026-11-24T01:00:00Z");
    private static final String RECORD = "京都府警の山田氏に通報";

    private static EmergencyCase closedCase() {
        CaseStep police = new CaseStep(0, StepKind.NOTIFY_POLICE, "警察へ通報", "kyoto 6(8)", false, false, List.of(), "p1",
                OPENED.plusSeconds(600), OPENED.plusSeconds(300), "p1", RECORD);
        CaseStep report = new CaseStep(1, StepKind.REPORT_OUTCOME, "報告", "kyoto 6(9)", false, false,
                List.of("kyoto-city-board"), "p2", OPENED.plusSeconds(86400), null, null, null);
        CaseNotice notice = new CaseNotice("n1", 1, "kyoto-city-board", "京都市教育委員会", "WEBHOOK", "https://board.example.jp/hook",
                2, OPENED, OPENED.plusSeconds(3600), false, "503 Service Unavailable", OPENED.plusSeconds(1800), null,
                OPENED.plusSeconds(3600));
        return new EmergencyCase("case-1", "kyoto", "c1", Trigger.EMERGENCY, CaseOrigin.DECLARED, CaseState.CLOSED, "p1",
                OPENED, "kyoto 6(8)", List.of(police, report), List.of(notice), OPENED.plusSeconds(7200), "p3");
    }

    @Test
    public void everyInstantOfACaseIsShownAtJapanTime() {
        CaseView v = CaseView.of(closedCase());

        assertEquals("2026-11-24T10:00:00+09:00", v.openedAt());
        assertEquals("2026-11-24T12:00:00+09:00", v.closedAt());
        assertEquals("the undone report", "2026-11-25T10:00:00+09:00", v.nextDue());
        assertEquals("2026-11-24T10:05:00+09:00", v.steps().get(0).doneAt());
        assertNull(v.steps().get(1).doneAt());
        assertEquals("2026-11-24T10:30:00+09:00", v.notices().get(0).acknowledgeBy());
        assertEquals("2026-11-24T11:00:00+09:00", v.notices().get(0).renotifiedAt());
        assertNull(v.notices().get(0).acknowledgedAt());
        assertEquals("NOTIFY_POLICE", v.steps().get(0).kind());
        assertEquals(List.of("kyoto-city-board"), v.steps().get(1).recipientIds());
        assertEquals("503 Service Unavailable", v.notices().get(0).lastDetail());
    }

    @Test
    public void whatStaffWroteIntoAStepNeverReachesALog() {
        CaseView v = CaseView.of(closedCase());

        assertEquals(RECORD, v.steps().get(0).record());
        assertFalse(v.toString().contains(RECORD));
        assertFalse(v.steps().get(0).toString().contains(RECORD));
        assertFalse(new CaseStepDoneRequest(RECORD).toString().contains(RECORD));
    }

    @Test
    public void requestBodiesAreReadByTheirDocumentedFieldNames() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = JsonProvider.mapper();

        assertEquals(new EmergencyDto.CaseOpenRequest("c1", "EMERGENCY", "DECLARED"), json.readValue(
                "{\"conversationId\":\"c1\",\"trigger\":\"EMERGENCY\",\"origin\":\"DECLARED\"}",
                EmergencyDto.CaseOpenRequest.class));
        assertEquals(RECORD, json.readValue("{\"record\":\"" + RECORD + "\"}", CaseStepDoneRequest.class).record());
        assertEquals("p2", json.readValue("{\"personId\":\"p2\"}", EmergencyDto.CaseStepOwnerRequest.class).personId());
        LexiconResource.LexiconPublishRequest publish = json.readValue("{\"text\":\"a\\tb\",\"note\":\"n\"}",
                LexiconResource.LexiconPublishRequest.class);
        assertEquals("a\tb", publish.text());
        assertEquals("n", publish.note());
    }
}
