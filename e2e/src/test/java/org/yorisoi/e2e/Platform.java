package org.yorisoi.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;

import static org.yorisoi.e2e.Http.json;

/** The staff-side set-up a test needs, done over the REST API as a real administrator would. */
public final class Platform {

    /** Meets the password policy; test installations only. */
    public static final String STAFF_PASSWORD = "E2e-Yorisoi-pass-2023!";
    public static final String API = "/api/v1";

    private final Http http;
    private String adminToken;

    public Platform(Http http) {
        this.http = http;
    }

    /** A person with a login, a session token and the password that opens it. */
    public record Account(String id, String login, String password, String token) {
    }

    public Http http() {
        return http;
    }

    /**
     * Takes over a fresh installation: replaces the first administrator's one-time password (read from the data
     * folder) and logs in. Called once per installation; after a restart use {@link #login(String, String)}.
     */
    public Account takeOverFirstAdmin(Distribution distribution) throws IOException, InterruptedException {
        Properties first = distribution.firstAdminCredentials();
        String login = first.getProperty("login");
        String oneTime = first.getProperty("password");
        if (login == null || oneTime == null) {
            throw new AssertionError("first-admin-password lacks login= or password=");
        }
        http.post(API + "/password", null, json("login", login, "oldPassword", oneTime, "newPassword", STAFF_PASSWORD))
                .expect(204, "changing the first administrator's one-time password");
        adminToken = login(login, STAFF_PASSWORD);
        return new Account(null, login, STAFF_PASSWORD, adminToken);
    }

    /** Uses an existing administrator (a running installation given by URL). */
    public Account useAdmin(String login, String password) throws IOException {
        adminToken = login(login, password);
        return new Account(null, login, password, adminToken);
    }

    public String login(String login, String password) throws IOException {
        return http.post(API + "/sessions", null, json("login", login, "password", password))
                .expect(201, "logging in as " + login).json().path("token").asText();
    }

    /**
     * Creates a staff member with one role under one contract, qualified for it (a verified certified psychologist,
     * which every contract accepts for counselors), with a permanent password, and logs them in.
     */
    public Account createStaff(String login, String displayName, String contract, String role) throws IOException {
        requireAdmin();
        String id = http.post(API + "/staff", adminToken, json("login", login, "displayName", displayName))
                .expect(201, "creating staff " + login).json().path("id").asText();
        http.post(API + "/staff/" + id + "/grants", adminToken, json("contractId", contract, "role", role))
                .expect(201, "granting " + role + "@" + contract + " to " + login);
        if (role.equals("COUNSELOR") || role.equals("LEAD")) {
            http.post(API + "/staff/" + id + "/qualifications", adminToken, json("type", "CERTIFIED_PSYCHOLOGIST",
                    "certificateNumber", "E2E-" + login, "verifiedBy", "e2e")).expect(201, "qualifying " + login);
        }
        Http.Response set = http.call("PUT", API + "/accounts/" + id + "/password", adminToken,
                json("password", STAFF_PASSWORD, "temporary", false));
        if (set.status() != 204 && set.status() != 200) {
            throw new AssertionError("setting the password of " + login + ": " + set);
        }
        return new Account(id, login, STAFF_PASSWORD, login(login, STAFF_PASSWORD));
    }

    /** Assigns a shift; {@code manager} must be a LEAD or CONTRACT_MANAGER of the contract. */
    public JsonNode assignShift(Account manager, String contract, Account person, String role, OffsetDateTime start,
                                OffsetDateTime end) throws IOException {
        return http.post(API + "/contracts/" + contract + "/shifts", manager.token(), json("personId", person.id(),
                "role", role, "start", start.toString(), "end", end.toString()))
                .expect(201, "assigning a " + role + " shift to " + person.login()).json();
    }

    public JsonNode availability(String contract) throws IOException {
        return http.get(API + "/contracts/" + contract + "/availability", null)
                .expect(200, "availability of " + contract).json();
    }

    /** Waits until the contract's availability reports {@code humanStaffed} as expected (e.g. after a clock change). */
    public void awaitHumanStaffed(String contract, boolean staffed, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = availability(contract);
            if (last.path("humanStaffed").asBoolean(!staffed) == staffed) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(contract + " availability did not report humanStaffed=" + staffed + " within "
                + timeout + "; last: " + last);
    }

    private void requireAdmin() {
        if (adminToken == null) {
            throw new IllegalStateException("take over the first administrator (or use one) first");
        }
    }
}
