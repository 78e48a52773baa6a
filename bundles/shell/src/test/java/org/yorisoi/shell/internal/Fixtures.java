package org.yorisoi.shell.internal;

import java.io.ByteArrayOutputStream;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.yorisoi.security.AccountStatus;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Credentials;
import org.yorisoi.security.LoginResult;
import org.yorisoi.security.PasswordPolicy;
import org.yorisoi.staff.RoleGrant;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.DeploymentHistory;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.platform.ReportDue;

/** Small real implementations of the platform services, and a way to run a command and read what it printed. */
final class Fixtures {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private Fixtures() {
    }

    static Contract contract(String id, String nameJa, String start, String end, Channel... channels) {
        ContractInfo info = new ContractInfo(id, id + " counseling", nameJa, nameJa.substring(0, nameJa.indexOf('市') + 1),
                new Term(LocalDate.parse(start), LocalDate.parse(end), List.of(), id + " 1"),
                new Eligibility("市民", "residents", List.of(), id + " 2"), Set.of(channels));
        return new Contract() {
            @Override
            public ContractInfo info() {
                return info;
            }

            @Override
            public List<WindowRule> windows() {
                return List.of();
            }
        };
    }

    static final class Registry implements ContractRegistry {
        final List<Contract> contracts = new ArrayList<>();

        Registry(Contract... contracts) {
            this.contracts.addAll(List.of(contracts));
        }

        @Override
        public List<Contract> contracts() {
            return contracts.stream().sorted(Comparator.comparing(c -> c.info().id())).toList();
        }

        @Override
        public Optional<Contract> find(String id) {
            return contracts.stream().filter(c -> c.info().id().equals(id)).findFirst();
        }
    }

    /** A platform clock fixed at an instant. */
    static PlatformClock clockAt(String isoOffsetDateTime) {
        Instant instant = OffsetDateTime.parse(isoOffsetDateTime).toInstant();
        return () -> Clock.fixed(instant, PlatformClock.TOKYO);
    }

    /** A calendar that is staffed 17:00-22:00 every day and records what it was asked. */
    static final class Calendar implements ContractCalendar {
        LocalDate askedFrom;
        LocalDate askedTo;
        OffsetDateTime askedAt;
        List<ReportDue> reports = List.of();

        @Override
        public List<Opening> openings(String contractId, LocalDate from, LocalDate to) {
            askedFrom = from;
            askedTo = to;
            return from.datesUntil(to.plusDays(1))
                    .map(d -> new Opening(d.atTime(17, 0).atOffset(JST), d.atTime(22, 0).atOffset(JST),
                            org.yorisoi.contract.spi.WindowKind.HUMAN))
                    .toList();
        }

        @Override
        public Availability availability(String contractId, OffsetDateTime at) {
            askedAt = at;
            int hour = at.atZoneSameInstant(PlatformClock.TOKYO).getHour();
            boolean staffed = hour >= 17 && hour < 22;
            OffsetDateTime next = staffed ? null
                    : at.atZoneSameInstant(PlatformClock.TOKYO).toLocalDate().plusDays(hour >= 22 ? 1 : 0)
                            .atTime(17, 0).atOffset(JST);
            return new Availability(contractId, at, true, staffed, !staffed,
                    staffed ? Availability.AppointmentWindow.STANDARD : null, next);
        }

        @Override
        public List<ReportDue> reportSchedule(String contractId, LocalDate from, LocalDate to) {
            askedFrom = from;
            askedTo = to;
            return reports.stream().filter(r -> !r.due().toLocalDate().isBefore(from) && !r.due().toLocalDate().isAfter(to))
                    .toList();
        }
    }

    static final class History implements DeploymentHistory {
        final List<ContractDeployment> events = new ArrayList<>();
        String askedId;
        int askedLimit;

        @Override
        public List<ContractDeployment> events(String contractId, int limit) {
            askedId = contractId;
            askedLimit = limit;
            return events.stream().filter(e -> contractId == null || e.contractId().equals(contractId))
                    .sorted(Comparator.comparing(ContractDeployment::at).reversed()).limit(limit).toList();
        }
    }

    /** What a command printed. */
    record Output(String out, String err) {
    }

    /** The subject of the host's own console: Karaf's local user with the {@code localRoles}. */
    static Subject localConsole() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("karaf"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        return subject;
    }

    /** The subject of an SSH session the {@code yorisoi} realm authenticated. */
    static Subject ssh(String login) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(login));
        subject.getPrincipals().add(new RolePrincipal("yorisoi"));
        subject.getPrincipals().add(new RolePrincipal("ssh"));
        return subject;
    }

    /** Accounts for the command tests: the callers given, all in good standing. */
    static final class Accounts implements Credentials {
        final java.util.Map<String, Caller> callers = new java.util.HashMap<>();

        Accounts with(String login, RoleGrant... grants) {
            callers.put(login, new Caller("id-" + login, login, login, List.of(grants), "ssh"));
            return this;
        }

        @Override
        public java.util.Optional<Caller> callerOf(String login, String origin) {
            return java.util.Optional.ofNullable(callers.get(login));
        }

        @Override
        public LoginResult authenticate(String login, char[] password, String origin) {
            throw new UnsupportedOperationException("not used by commands");
        }

        @Override
        public AccountStatus setPassword(String personId, char[] password, boolean temporary, String actor) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public AccountStatus changePassword(String login, char[] oldPassword, char[] newPassword, String origin) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public AccountStatus unlock(String personId, String actor) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public AccountStatus status(String personId) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public PasswordPolicy policy() {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }

    /** Runs the command at the host's own console. */
    static Output run(Action action) throws Exception {
        return run(action, localConsole());
    }

    /** Runs the command as the subject, with no account known unless the command's credentials say otherwise. */
    static Output run(Action action, Subject subject) throws Exception {
        if (action instanceof YorisoiAction y) {
            if (y.credentials == null) {
                y.credentials = new Accounts();
            }
            if (y.audit == null) {
                y.audit = new AuditTestLog();
            }
        }
        try {
            return Subject.doAs(subject, (java.security.PrivilegedExceptionAction<Output>) () -> capture(action));
        } catch (java.security.PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private static Output capture(Action action) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Object result;
        try {
            result = action.execute();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        if (result != null) {
            throw new AssertionError("commands return null, got " + result);
        }
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
