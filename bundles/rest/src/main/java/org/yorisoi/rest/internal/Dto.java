package org.yorisoi.rest.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.yorisoi.contract.spi.Channel;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.contract.spi.ContractInfo;
import org.yorisoi.contract.spi.DateRange;
import org.yorisoi.contract.spi.Parameter;
import org.yorisoi.contract.spi.Recipient;
import org.yorisoi.contract.spi.ReportObligation;
import org.yorisoi.contract.spi.Term;
import org.yorisoi.platform.Availability;
import org.yorisoi.platform.ContractDeployment;
import org.yorisoi.platform.Opening;
import org.yorisoi.platform.ReportDue;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON shapes of the public API. Dates and instants are strings formatted here (ISO-8601, instants at
 * +09:00) so that the output does not depend on which Jackson modules the runtime has.
 */
public final class Dto {

    private static final String DATE = "date";
    private static final String DATE_TIME = "date-time";

    private Dto() {
    }

    @Schema(description = "A date range, both ends included")
    public record Span(@Schema(format = DATE, example = "2025-12-29") String start,
                @Schema(format = DATE, example = "2026-01-03") String end) {
        public static Span of(DateRange r) {
            return new Span(Params.format(r.start()), Params.format(r.end()));
        }
    }

    @Schema(description = "The term of a contract: dates during which it accepts consultations, both ends included")
    public record TermView(@Schema(format = DATE, example = "2025-04-01") String start,
                    @Schema(format = DATE, example = "2026-03-31") String end,
                    @Schema(description = "spans inside the term without staffed service (e.g. New Year)") List<Span> pauses,
                    String clause) {
        public static TermView of(Term t) {
            return new TermView(Params.format(t.start()), Params.format(t.end()),
                    t.pauses().stream().map(Span::of).toList(), t.clause());
        }
    }

    @Schema(description = "A deployed contract")
    public record ContractSummary(@Schema(example = "kyoto") String id, String name, String nameJa, String municipality,
                           TermView term,
                           @Schema(description = "how consulters reach the service: WEB, LINE, AI, APPOINTMENT") List<String> channels) {
        public static ContractSummary of(Contract c) {
            ContractInfo i = c.info();
            return new ContractSummary(i.id(), i.name(), i.nameJa(), i.municipality(), TermView.of(i.term()), channelNames(i));
        }
    }

    @Schema(description = "Who may consult")
    public record EligibilityView(String populationJa, String population, String clause) {
    }

    @Schema(description = "An organisation that receives reports or notices")
    public record RecipientView(String id, String nameJa, String name) {
        public static RecipientView of(Recipient r) {
            return new RecipientView(r.id(), r.nameJa(), r.name());
        }
    }

    @Schema(description = "A configurable parameter with the value in force")
    public record ParameterView(String key, String value, String descriptionJa, String clause) {
        public static ParameterView of(Parameter p) {
            return new ParameterView(p.key(), p.value(), p.descriptionJa(), p.clause());
        }
    }

    @Schema(description = "A report the contract requires")
    public record ReportView(@Schema(example = "monthly") String id, String nameJa, String name,
                      @Schema(description = "DAILY, WEEKLY, MONTHLY, TERM, TERM_START or EVENT") String period,
                      String purpose, String clause) {
        public static ReportView of(ReportObligation r) {
            return new ReportView(r.id(), r.nameJa(), r.name(), r.period().name(), r.purpose().name(), r.clause());
        }
    }

    @Schema(description = "A deployed contract in detail")
    public record ContractDetail(@Schema(example = "kyoto") String id, String name, String nameJa, String municipality,
                          TermView term, List<String> channels, EligibilityView eligibility,
                          List<RecipientView> recipients, List<ParameterView> parameters, List<ReportView> reports) {
        public static ContractDetail of(Contract c) {
            ContractInfo i = c.info();
            return new ContractDetail(i.id(), i.name(), i.nameJa(), i.municipality(), TermView.of(i.term()), channelNames(i),
                    new EligibilityView(i.eligibility().populationJa(), i.eligibility().population(), i.eligibility().clause()),
                    c.recipients().stream().map(RecipientView::of).toList(),
                    c.parameters().stream().map(ParameterView::of).toList(),
                    c.reports().stream().map(ReportView::of).toList());
        }
    }

    @Schema(description = "What a consulter finds at an instant")
    public record AvailabilityView(@Schema(example = "kyoto") String contract,
                            @Schema(format = DATE_TIME, example = "2025-06-02T18:30:00+09:00") String at,
                            boolean receiving, boolean humanStaffed, boolean aiAvailable,
                            @Schema(nullable = true, allowableValues = {"STANDARD", "EXTENDED"},
                                    description = "the appointment window open at that instant, or null") String appointmentWindow,
                            @Schema(nullable = true, format = DATE_TIME, example = "2025-06-03T17:00:00+09:00",
                                    description = "start of the next staffed opening within the term, or null") String nextHumanOpening) {
        public static AvailabilityView of(Availability a) {
            return new AvailabilityView(a.contract(), Params.format(a.at()), a.receiving(), a.humanStaffed(),
                    a.aiAvailable(), a.appointmentWindow() == null ? null : a.appointmentWindow().name(),
                    Params.format(a.nextHumanOpening()));
        }
    }

    @Schema(description = "An opening: start inclusive, end exclusive")
    public record OpeningView(@Schema(format = DATE_TIME, example = "2025-06-02T17:00:00+09:00") String start,
                       @Schema(format = DATE_TIME, example = "2025-06-02T22:00:00+09:00") String end,
                       @Schema(description = "HUMAN, AI, APPOINTMENT_STANDARD or APPOINTMENT_EXTENDED") String kind) {
        public static OpeningView of(Opening o) {
            return new OpeningView(Params.format(o.start()), Params.format(o.end()), o.kind().name());
        }
    }

    @Schema(description = "One report to deliver")
    public record ReportDueView(@Schema(example = "monthly") String report, String nameJa,
                         @Schema(format = DATE) String periodStart, @Schema(format = DATE) String periodEnd,
                         @Schema(format = DATE_TIME, example = "2025-07-10T23:59:59+09:00") String due,
                         @Schema(description = "Japanese names of the recipients") List<String> recipients,
                         List<String> recipientIds, String clause) {
        public static ReportDueView of(ReportDue r) {
            return new ReportDueView(r.report(), r.nameJa(), Params.format(r.periodStart()), Params.format(r.periodEnd()),
                    Params.format(r.due()), r.recipients().stream().map(Recipient::nameJa).toList(),
                    r.recipients().stream().map(Recipient::id).toList(), r.clause());
        }
    }

    @Schema(description = "One deployment event of a contract bundle")
    public record DeploymentView(String contractId, String bundle, String version,
                          @Schema(description = "DEPLOYED or UNDEPLOYED") String action,
                          @Schema(format = DATE_TIME) String at, String by) {
        public static DeploymentView of(ContractDeployment d) {
            Instant at = d.at();
            return new DeploymentView(d.contractId(), d.bundle(), d.version(), d.action() == null ? null : d.action().name(),
                    at == null ? null : Params.format(at.atOffset(Params.JST)), d.by());
        }
    }

    private static List<String> channelNames(ContractInfo i) {
        return i.channels().stream().sorted(Comparator.naturalOrder()).map(Channel::name).toList();
    }
}
