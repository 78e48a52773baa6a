package org.yorisoi.rest.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.rest.internal.RosterDto.RosterSheetView;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRemoval;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.RosterSheet;
import org.yorisoi.staff.RosterSubmission;

public class RosterResourceTest {

    private StaffDoubles.FakeRoster roster;
    private StaffFakes.Audit audit;

    private static javax.ws.rs.core.SecurityContext manager() {
        return StaffFakes.as("manager", new RoleGrant("id-manager", "kyoto", Role.CONTRACT_MANAGER, LocalDate.MIN, null));
    }

    @Before
    public void setUp() {
        roster = new StaffDoubles.FakeRoster();
        audit = new StaffFakes.Audit();
        RosterRow row = new RosterRow("p1", "k.tanaka", "田中 京子",
                List.of(new RoleGrant("p1", "kyoto", Role.COUNSELOR, LocalDate.parse("2025-04-01"), null)),
                List.of(new QualificationRecord("p1", Qualification.CERTIFIED_PSYCHOLOGIST, "12345", "事務局",
                        Instant.parse("2025-03-01T00:00:00Z"))),
                List.of(), List.of(),
                List.of(new RosterRow.Category(Role.COUNSELOR, null, "kyoto 6(5)ア(ウ)②", List.of("公認心理師・臨床心理士のいずれか"))),
                "ab".repeat(32), RosterMark.CHANGED);
        roster.sheet = new RosterSheet("kyoto", "京都府SNS相談", LocalDate.parse("2025-06-02"), StaffDoubles.NOW,
                new RosterSubmission(7, "kyoto", Instant.parse("2025-05-01T00:00:00Z"), "manager", 2, 2, 0, 0),
                List.of(row), List.of(new RosterRemoval("p2", "gone", "退職 者")));
    }

    @Test
    public void theCsvIsAnAttachmentNamedAfterTheContractAndTheDayInTokyo() {
        Response r = new RosterCsvResource(roster, audit, TestPlatform.clockAt("2025-06-02T15:30:00Z"))
                .download("kyoto", manager());

        assertEquals(200, r.getStatus());
        assertEquals("attachment; filename=\"roster-kyoto-20250603.csv\"", r.getHeaderString("Content-Disposition"));
        assertTrue(r.getMediaType().isCompatible(new javax.ws.rs.core.MediaType("text", "csv")));
        assertEquals("UTF-8", r.getMediaType().getParameters().get("charset"));
        assertEquals("csv of kyoto", new String((byte[]) r.getEntity(), StandardCharsets.UTF_8));
        AuditEvent e = audit.events.get(0);
        assertEquals(AuditActions.EXPORT, e.action());
        assertEquals("csv", e.target());
        assertEquals("kyoto", e.contractId());
        assertEquals("manager", e.actor());
        assertEquals(AuditEvent.Outcome.SUCCESS, e.outcome());
    }

    @Test
    public void theWorkbookIsAnXlsxAttachment() {
        Response r = new RosterXlsxResource(roster, audit, TestPlatform.clockAt("2025-06-02T09:30:00Z"))
                .download("kyoto", manager());

        assertEquals("attachment; filename=\"roster-kyoto-20250602.xlsx\"", r.getHeaderString("Content-Disposition"));
        assertEquals(RosterDownload.XLSX, r.getMediaType().toString());
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, (byte[]) r.getEntity());
        assertEquals("xlsx", audit.events.get(0).target());
    }

    @Test
    public void noAuditEntryNoFile() {
        audit.failing = true;
        try {
            new RosterCsvResource(roster, audit, TestPlatform.clockAt("2025-06-02T09:30:00Z")).download("kyoto", manager());
            fail("the export went out unaudited");
        } catch (IllegalStateException expected) {
            // 500: the file is not sent
        }
    }

    @Test
    public void theJsonRosterCarriesMarksCategoriesAndRemovalsAndIsAudited() {
        RosterSheetView v = new RosterResource(roster, audit).get("kyoto", manager());

        assertEquals("2025-06-02", v.asOf());
        assertTrue(v.changedSinceLastSubmission());
        assertEquals(7, v.lastSubmission().id());
        assertEquals("CHANGED", v.rows().get(0).mark());
        assertEquals("変更", v.rows().get(0).markJa());
        assertEquals("COUNSELOR", v.rows().get(0).grants().get(0).role());
        assertNull(v.rows().get(0).grants().get(0).until());
        assertTrue(v.rows().get(0).categories().get(0).met());
        assertEquals(List.of("公認心理師・臨床心理士のいずれか"), v.rows().get(0).categories().get(0).alternatives());
        assertEquals("REMOVED", v.removed().get(0).mark());
        assertEquals("削除", v.removed().get(0).markJa());
        assertEquals("json", audit.events.get(0).target());
    }

    @Test
    public void aSubmissionAnswers201AndIsAuditedAsAWrite() {
        Response r = new RosterResource(roster, audit).submit("kyoto", manager());

        assertEquals(201, r.getStatus());
        RosterDto.RosterSubmissionView s = (RosterDto.RosterSubmissionView) r.getEntity();
        assertEquals("manager", s.submittedBy());
        assertEquals("2025-06-02T18:30:00+09:00", s.submittedAt());
        assertEquals(AuditActions.WRITE, audit.events.get(0).action());
        assertEquals("roster-submission=1", audit.events.get(0).target());
        assertFalse(new RosterResource(roster, audit).submissions("kyoto").isEmpty());
    }
}
