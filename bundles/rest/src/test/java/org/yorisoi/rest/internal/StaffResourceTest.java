package org.yorisoi.rest.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.QualificationRule;
import org.yorisoi.contract.spi.Requirement;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.rest.internal.StaffDto.ApprovalRequest;
import org.yorisoi.rest.internal.StaffDto.ExperienceRequest;
import org.yorisoi.rest.internal.StaffDto.GrantRequest;
import org.yorisoi.rest.internal.StaffDto.NewPerson;
import org.yorisoi.rest.internal.StaffDto.PersonView;
import org.yorisoi.rest.internal.StaffDto.QualificationRequest;
import org.yorisoi.rest.internal.StaffDto.QualificationView;
import org.yorisoi.rest.internal.StaffDto.StaffDetail;
import org.yorisoi.staff.Person;

public class StaffResourceTest {

    private static final String APPROVAL = "kyoto-commissioner-approval";

    private StaffDoubles.Directory directory;
    private StaffFakes.Audit audit;
    private StaffResource resource;
    private Person tanaka;

    /** A contract whose counselor rule accepts a recorded approval, in the way Kyoto's does. */
    private static Contract kyotoLike() {
        ContractInfo info = new TestPlatform.TestContract("kyoto", Channel.LINE).info();
        return new Contract() {
            @Override
            public ContractInfo info() {
                return new ContractInfo("kyoto", info.name(), info.nameJa(), info.municipality(), info.term(),
                        info.eligibility(), info.channels());
            }

            @Override
            public List<WindowRule> windows() {
                return List.of();
            }

            @Override
            public List<QualificationRule> qualifications() {
                return List.of(QualificationRule.forRole(Role.COUNSELOR, Requirement.either(
                        Requirement.anyOf(org.yorisoi.contract.spi.Qualification.CERTIFIED_PSYCHOLOGIST),
                        Requirement.allOf(Requirement.approvedException(APPROVAL, "委託者"))), "kyoto 6(5)ア(ウ)②"));
            }
        };
    }

    @Before
    public void setUp() {
        directory = new StaffDoubles.Directory();
        audit = new StaffFakes.Audit();
        resource = new StaffResource(directory, audit, new TestPlatform.Registry(kyotoLike()));
        tanaka = directory.createPerson("k.tanaka", "田中 京子", "setup");
    }

    private static void assertBadParameter(String message, Runnable call) {
        try {
            call.run();
            fail("expected a bad parameter: " + message);
        } catch (BadParameterException e) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    public void creatingAPersonAnswers201AndIsAuditedAsAnAccountChangeWithoutTheName() {
        Response r = resource.create(new NewPerson("y.sato", "佐藤 由美"), StaffFakes.admin());

        assertEquals(201, r.getStatus());
        assertEquals("y.sato", ((PersonView) r.getEntity()).login());
        assertEquals("create y.sato by admin", directory.calls.get(1));
        AuditEvent e = audit.events.get(0);
        assertEquals(AuditActions.ACCOUNT_CHANGE, e.action());
        assertEquals("id-y.sato", e.target());
        assertEquals("admin", e.actor());
        assertTrue(e.detail(), !e.detail().contains("佐藤"));
    }

    @Test
    public void aMissingFieldIsNamed() {
        assertBadParameter("displayName: required", () -> resource.create(new NewPerson("x", " "), StaffFakes.admin()));
        assertBadParameter("body: a JSON object is required", () -> resource.create(null, StaffFakes.admin()));
    }

    @Test
    public void anUnknownRoleIsRefusedWithTheAllowedValues() {
        assertBadParameter("role: expected one of COUNSELOR, LEAD, CONTRACT_MANAGER, SYSTEM_MANAGER, MUNICIPAL_VIEWER, ADMIN, got 'boss'",
                () -> resource.grant(tanaka.id(), new GrantRequest("kyoto", "boss", null, null, null), StaffFakes.admin()));
    }

    @Test
    public void aRoleIsReadWhateverItsCaseAndDashes() {
        Response r = resource.grant(tanaka.id(), new GrantRequest("kyoto", "municipal-viewer", "2025-07-01", "2026-03-31",
                "kyoto-city-board"), StaffFakes.admin());

        assertEquals(201, r.getStatus());
        SecurityDto.GrantView g = (SecurityDto.GrantView) r.getEntity();
        assertEquals("MUNICIPAL_VIEWER", g.role());
        assertEquals("2025-07-01", g.from());
        assertEquals("kyoto-city-board", g.organisation());
        assertEquals("kyoto", audit.events.get(0).contractId());
    }

    @Test
    public void aGrantUnderEveryContractIsAuditedWithoutContract() {
        resource.grant(tanaka.id(), new GrantRequest("*", "SYSTEM_MANAGER", null, null, null), StaffFakes.admin());

        assertNull(audit.events.get(0).contractId());
        assertEquals(LocalDate.parse("2025-06-02"), directory.grants.get(0).from());
    }

    @Test
    public void aMalformedDateIsNamed() {
        assertBadParameter("until: expected YYYY-MM-DD",
                () -> resource.grant(tanaka.id(), new GrantRequest("kyoto", "LEAD", null, "31/03/2026", null), StaffFakes.admin()));
    }

    @Test
    public void anUnknownPersonIsNotFound() {
        for (Runnable call : List.<Runnable>of(() -> resource.get("nobody"), () -> resource.history("nobody"),
                () -> resource.grant("nobody", new GrantRequest("kyoto", "LEAD", null, null, null), StaffFakes.admin()))) {
            try {
                call.run();
                fail();
            } catch (NotFoundException expected) {
                // 404 NOT_FOUND
            }
        }
        assertTrue(audit.events.isEmpty());
    }

    @Test
    public void revokingWhatIsNotThereIsNotFoundAndNotAudited() {
        try {
            resource.revoke(tanaka.id(), "kyoto", "LEAD", StaffFakes.admin());
            fail();
        } catch (NotFoundException expected) {
            assertTrue(audit.events.isEmpty());
        }
        resource.grant(tanaka.id(), new GrantRequest("kyoto", "LEAD", null, null, null), StaffFakes.admin());
        assertEquals(1, resource.revoke(tanaka.id(), "kyoto", "lead", StaffFakes.admin()).size());
    }

    @Test
    public void theDetailHasEverythingRecorded() {
        resource.addQualification(tanaka.id(), new QualificationRequest("CERTIFIED_PSYCHOLOGIST", "12345", "事務局"),
                StaffFakes.admin());
        resource.addExperience(tanaka.id(), new ExperienceRequest("COUNSELING_CHAT_SNS", 18, "SNS相談"), StaffFakes.admin());

        StaffDetail d = resource.get(tanaka.id());

        QualificationView q = d.qualifications().get(0);
        assertEquals("公認心理師", q.nameJa());
        assertTrue(q.verified());
        assertEquals("2025-06-02T18:30:00+09:00", q.verifiedAt());
        assertEquals(18, d.experience().get(0).months());
        assertEquals("チャット・SNS相談", d.experience().get(0).nameJa());
    }

    @Test
    public void anUnknownQualificationOrExperienceKindIsNamedWithTheAllowedValues() {
        try {
            resource.addQualification(tanaka.id(), new QualificationRequest("PSYCHOLOGIST", null, null), StaffFakes.admin());
            fail();
        } catch (BadParameterException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("type: expected one of CERTIFIED_PSYCHOLOGIST, "));
        }
        assertBadParameter("months: required, a whole number of months",
                () -> resource.addExperience(tanaka.id(), new ExperienceRequest("TEACHING", null, null), StaffFakes.admin()));
    }

    @Test
    public void anApprovalKindTheDeployedContractDoesNotAcceptIsRefused() {
        assertBadParameter("kind: expected one of " + APPROVAL + ", got 'kyoto-approval'",
                () -> resource.addApproval(tanaka.id(), new ApprovalRequest("kyoto-approval", "kyoto", "府教委", null, null),
                        StaffFakes.admin()));

        Response r = resource.addApproval(tanaka.id(), new ApprovalRequest(APPROVAL, "kyoto", "府教委 指導主事",
                "2025-05-01T10:00:00+09:00", "承認第1号"), StaffFakes.admin());
        assertEquals(201, r.getStatus());
        assertEquals("2025-05-01T10:00:00+09:00", ((StaffDto.ApprovalView) r.getEntity()).approvedAt());
    }

    @Test
    public void anApprovalUnderAContractNotDeployedIsTakenAsGiven() {
        Response r = resource.addApproval(tanaka.id(), new ApprovalRequest("any-kind", "nara", "奈良市", null, null),
                StaffFakes.admin());

        assertEquals(201, r.getStatus());
    }
}
