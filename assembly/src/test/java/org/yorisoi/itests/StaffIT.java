package org.yorisoi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;



import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.security.Credentials;
import org.yorisoi.staff.StaffDirectory;

import com.fasterxml.jackson.databind.JsonNode;

/** The staff directory, roster and staffing check over the API, on the real database and its transactions. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class StaffIT extends YorisoiTestSupport {

    private final StaffDirectory staff = live(StaffDirectory.class);

    private final Credentials credentials = live(Credentials.class);

    private final AuditLog audit = live(AuditLog.class);

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    @Test
    public void rosterMarksNewThenUnchangedThenChangedAcrossSubmissionsAndDownloadsAreAudited() throws Exception {
        String admin = tokenOf("staff-admin", "ADMIN@*");
        String manager = tokenOf("kumamoto-manager", "CONTRACT_MANAGER@kumamoto");

        Response created = call("POST", API + "/staff", admin, json("login", "r.sato", "displayName", "佐藤 理恵"));
        assertEquals(created.toString(), 201, created.status);
        String personId = created.json().path("id").asText();
        assertEquals(201, call("POST", API + "/staff/" + personId + "/grants", admin,
                json("contractId", "kumamoto", "role", "COUNSELOR")).status);
        assertEquals(201, call("POST", API + "/staff/" + personId + "/qualifications", admin,
                json("type", "CERTIFIED_PSYCHOLOGIST", "certificateNumber", "P-12345", "verifiedBy", "staff-admin")).status);

        JsonNode first = call("GET", API + "/contracts/kumamoto/roster", manager, null).json();
        assertEquals("NEW", row(first, "r.sato").path("mark").asText());

        assertEquals(201, call("POST", API + "/contracts/kumamoto/roster/submissions", manager, null).status);
        assertEquals("UNCHANGED", row(call("GET", API + "/contracts/kumamoto/roster", manager, null).json(), "r.sato")
                .path("mark").asText());

        assertEquals(201, call("POST", API + "/staff/" + personId + "/experience", admin,
                "{\"kind\":\"COUNSELING_CHAT_SNS\",\"months\":18,\"description\":\"SNS相談\"}").status);
        assertEquals("CHANGED", row(call("GET", API + "/contracts/kumamoto/roster", manager, null).json(), "r.sato")
                .path("mark").asText());

        Response csv = call("GET", API + "/contracts/kumamoto/roster.csv", manager, null);
        assertEquals(200, csv.status);
        assertTrue("UTF-8 BOM for Excel", csv.body.startsWith("\uFEFF"));
        assertTrue(csv.body.contains("佐藤 理恵"));
        assertTrue(csv.header("Content-Disposition").contains("roster-kumamoto-"));
        Response xlsx = call("GET", API + "/contracts/kumamoto/roster.xlsx", manager, null);
        assertEquals(200, xlsx.status);
        assertTrue("a zip (SpreadsheetML)", xlsx.body.startsWith("PK"));

        assertTrue(audit.search(new AuditQuery("kumamoto-manager", "kumamoto", "export", null, null, 10)).size() >= 2);
        assertEquals("a counselor may not download the roster", 403,
                call("GET", API + "/contracts/kumamoto/roster.csv", tokenOf("kumamoto-counselor", "COUNSELOR@kumamoto"), null).status);
    }

    private static JsonNode row(JsonNode sheet, String login) {
        for (JsonNode r : sheet.path("rows")) {
            if (login.equals(r.path("login").asText())) {
                return r;
            }
        }
        throw new AssertionError(login + " not on the roster: " + sheet);
    }

    @Test
    public void staffingCheckListsAKyotoEveningWithoutEnoughStaff() throws Exception {
        String lead = tokenOf("kyoto-lead", "LEAD@kyoto");

        Response check = call("GET", API + "/contracts/kyoto/staffing-check?from=2023-07-14&to=2023-07-14", lead, null);

        assertEquals(check.toString(), 200, check.status);
        assertFalse("nobody is on shift that evening", check.json().isEmpty());
        assertTrue(check.body.contains("2023-07-14T17:00"));
    }
}
