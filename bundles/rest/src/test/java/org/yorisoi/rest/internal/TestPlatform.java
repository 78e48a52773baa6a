package org.yorisoi.rest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.DayRule;
import org.yorisoi.contract.spi.Due;
import org.yorisoi.contract.spi.Eligibility;
import org.yorisoi.contract.spi.Parameter;
import org.yorisoi.contract.spi.Purpose;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.ReportPeriod;
import org.yorisoi.contract.spi.RoutingRule;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.contract.spi.WindowKind;
import org.yorisoi.contract.spi.WindowRule;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractCalendar;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.platform.ReportDue;

/** Small real implementations of the SPI and platform services, enough to drive the resources. */
final class TestPlatform {

    static final ZoneOffset JST = ZoneOffset.ofHours(9);
    static final Recipient BOARD = new Recipient("testcity-board", "テスト市教育委員会", "Testcity Board of Education");
    static final Recipient OFFICE = new Recipient("testcity-office", "テスト市役所", "Testcity Office");

    private TestPlatform() {
    }

    /** A tiny chat contract: human 17:00-22:00 every day, a New Year pause, two recipients, one monthly report. */
    static final class TestContract implements Contract {
        private final String id;
        private final Set<Channel> channels;

        TestContract(String id, Channel... channels) {
            this.id = id;
            this.channels = Set.of(channels);
        }

        @Override
        public ContractInfo info() {
            return new ContractInfo(id, "Test City chat counseling", "テスト市SNS相談", "テスト市",
                    new Term(LocalDate.parse("2025-04-01"), LocalDate.parse("2026-03-31"),
                            List.of(DateRange.of("2025-12-29", "2026-01-03")), "test 3"),
                    new Eligibility("市内在住の中学生", "junior high school students living in the city", List.of(), "test 2"),
                    channels);
        }

        @Override
        public List<WindowRule> windows() {
            return List.of(WindowRule.human(DayRule.everyDay(), "17:00", "22:00", "test 6(1)"));
        }

        @Override
        public List<Recipient> recipients() {
            return List.of(BOARD, OFFICE);
        }

        @Override
        public List<RoutingRule> routing() {
            return List.of(RoutingRule.always("test 9", BOARD.id(), OFFICE.id()));
        }

        @Override
        public List<ReportObligation> reports() {
            return List.of(new ReportObligation("monthly", "月次報告書", "monthly report", ReportPeriod.MONTHLY,
                    Due.dayOfFollowingMonthOrNextBusinessDay(10), Purpose.REPORTS, "test 10(2)"));
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("humanEnd", "22:00", "相談員対応の終了時刻", "test 6(1)"));
        }
    }

    static final class Registry implements ContractRegistry {
        final Map<String, Contract> contracts = new LinkedHashMap<>();

        Registry(Contract... cs) {
            for (Contract c : cs) {
                contracts.put(c.info().id(), c);
            }
        }

        @Override
        public List<Contract> contracts() {
            // deliberately unsorted: the resource sorts
            List<Contract> all = new ArrayList<>(contracts.values());
            all.sort(Comparator.comparing((Contract c) -> c.info().id()).reversed());
            return all;
        }

        @Override
        public Optional<Contract> find(String id) {
            return Optional.ofNullable(contracts.get(id));
        }
    }

    /** Openings 17:00-22:00 each day; availability by the hour; one monthly report per month. */
    static final class Calendar implements ContractCalendar {
        private final ContractRegistry registry;
        OffsetDateTime lastAvailabilityAt;

        Calendar(ContractRegistry registry) {
            this.registry = registry;
        }

        @Override
        public List<Opening> openings(String contractId, LocalDate from, LocalDate to) {
            registry.get(contractId);
            checkRange(from, to);
            return from.datesUntil(to.plusDays(1))
                    .map(d -> new Opening(d.atTime(17, 0).atOffset(JST), d.atTime(22, 0).atOffset(JST), WindowKind.HUMAN))
                    .toList();
        }

        @Override
        public Availability availability(String contractId, OffsetDateTime at) {
            registry.get(contractId);
            lastAvailabilityAt = at;
            OffsetDateTime local = at.withOffsetSameInstant(JST);
            boolean staffed = local.getHour() >= 17 && local.getHour() < 22;
            // returned in UTC on purpose: the resource must show it at +09:00
            OffsetDateTime next = local.toLocalDate().plusDays(staffed ? 1 : 0).atTime(17, 0).atOffset(JST)
                    .withOffsetSameInstant(ZoneOffset.UTC);
            return new Availability(contractId, local, true, staffed, !staffed, null, next);
        }

        @Override
        public List<ReportDue> reportSchedule(String contractId, LocalDate from, LocalDate to) {
            Contract c = registry.get(contractId);
            checkRange(from, to);
            List<ReportDue> dues = new ArrayList<>();
            for (LocalDate month = from.withDayOfMonth(1).minusMonths(1); !month.isAfter(to); month = month.plusMonths(1)) {
                OffsetDateTime due = month.plusMonths(1).withDayOfMonth(10).atTime(23, 59, 59).atOffset(JST);
                if (!due.toLocalDate().isBefore(from) && !due.toLocalDate().isAfter(to)) {
                    ReportObligation r = c.reports().get(0);
                    dues.add(new ReportDue(r.id(), r.nameJa(), month, month.plusMonths(1).minusDays(1), due,
                            c.route(Purpose.REPORTS, Map.of()), r.clause()));
                }
            }
            return dues;
        }

        private static void checkRange(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to " + to + " is before from " + from);
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
                throw new IllegalArgumentException("range longer than " + MAX_RANGE_DAYS + " days");
            }
        }
    }

    static PlatformClock clockAt(String instant) {
        Clock fixed = Clock.fixed(Instant.parse(instant), PlatformClock.TOKYO);
        return () -> fixed;
    }
}
