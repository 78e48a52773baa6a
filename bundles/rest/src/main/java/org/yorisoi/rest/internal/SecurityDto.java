package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.yorisoi.security.AccountStatus;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Session;
import org.yorisoi.staff.RoleGrant;

/** Request and response bodies of logins, sessions and accounts. Passwords only ever travel inwards. */
final class SecurityDto {

    private SecurityDto() {
    }

    static String format(Instant instant) {
        return instant == null ? null : Params.format(instant.atOffset(Params.JST));
    }

    public record LoginRequest(@Schema(example = "k.tanaka") String login,
                               @Schema(format = "password") String password) {
        @Override
        public String toString() {
            return "LoginRequest[login=" + login + "]";
        }
    }

    public record PasswordChange(String login, @Schema(format = "password") String oldPassword,
                                 @Schema(format = "password") String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[login=" + login + "]";
        }
    }

    public record PasswordSet(@Schema(format = "password") String password,
                              @Schema(description = "true: the person must change it at the first login") Boolean temporary) {
        @Override
        public String toString() {
            return "PasswordSet[temporary=" + temporary + "]";
        }
    }

    public record GrantView(@Schema(example = "kyoto") String contractId, @Schema(example = "COUNSELOR") String role,
                            @Schema(format = "date") String from, @Schema(format = "date") String until,
                            @Schema(example = "kyoto-city-board") String organisation) {
        static GrantView of(RoleGrant g) {
            return new GrantView(g.contractId(), g.role().name(), Params.format(g.from()),
                    g.until() == null ? null : Params.format(g.until()), g.organisation());
        }
    }

    public record CallerView(String personId, String login, String displayName, List<GrantView> grants) {
        static CallerView of(Caller c) {
            return new CallerView(c.personId(), c.login(), c.displayName(), c.grants().stream().map(GrantView::of).toList());
        }
    }

    public record SessionView(@Schema(description = "send as `Authorization: Bearer <token>`") String token,
                              @Schema(format = "date-time") String expiresAt, CallerView caller) {
        static SessionView of(Session s) {
            return new SessionView(s.token(), format(s.expiresAt()), CallerView.of(s.caller()));
        }
    }

    public record AccountView(String personId, String login, boolean hasPassword,
                              @Schema(format = "date-time") String passwordChangedAt,
                              @Schema(format = "date-time") String passwordExpiresAt, boolean mustChange,
                              int recentFailures, @Schema(format = "date-time") String lockedUntil, boolean active) {
        static AccountView of(AccountStatus a) {
            return new AccountView(a.personId(), a.login(), a.hasPassword(), format(a.passwordChangedAt()),
                    format(a.passwordExpiresAt()), a.mustChange(), a.recentFailures(), format(a.lockedUntil()),
                    a.active());
        }
    }
}
