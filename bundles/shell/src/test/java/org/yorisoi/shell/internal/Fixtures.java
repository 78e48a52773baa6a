package org.yorisoi.shell.internal;

import java.io.ByteArrayOutputStream;
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

    static Output run(Action action) throws Exception {
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
