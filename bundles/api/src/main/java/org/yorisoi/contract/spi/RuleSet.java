package org.yorisoi.contract.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a contract declares, as one immutable value: a contract rebuilds it from its configuration and
 * swaps it in one step, so that no caller ever sees half-old, half-new rules. See {@link RuleBasedContract}.
 */
public record RuleSet(ContractInfo info, List<WindowRule> windows, List<StaffingRule> staffing,
                      List<QualificationRule> qualifications, List<Recipient> recipients, List<RoutingRule> routing,
                      List<ReportObligation> reports, List<EscalationRule> escalations, List<Activity> activities,
                      Map<AutoReply, String> autoReplies, List<Parameter> parameters,
                      Map<String, String> cannedResponses) {

    public RuleSet {
        Objects.requireNonNull(info, "info");
        windows = List.copyOf(windows);
        staffing = List.copyOf(staffing);
        qualifications = List.copyOf(qualifications);
        recipients = List.copyOf(recipients);
        routing = List.copyOf(routing);
        reports = List.copyOf(reports);
        escalations = List.copyOf(escalations);
        activities = List.copyOf(activities);
        autoReplies = Map.copyOf(autoReplies);
        parameters = List.copyOf(parameters);
        // insertion order is the order counselors see them in
        cannedResponses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cannedResponses));
    }

    /** A rule set without canned responses. */
    public RuleSet(ContractInfo info, List<WindowRule> windows, List<StaffingRule> staffing,
                   List<QualificationRule> qualifications, List<Recipient> recipients, List<RoutingRule> routing,
                   List<ReportObligation> reports, List<EscalationRule> escalations, List<Activity> activities,
                   Map<AutoReply, String> autoReplies, List<Parameter> parameters) {
        this(info, windows, staffing, qualifications, recipients, routing, reports, escalations, activities,
                autoReplies, parameters, Map.of());
    }

    /** The same rules with these canned responses (title → text, in order). */
    public RuleSet withCannedResponses(Map<String, String> responses) {
        return new RuleSet(info, windows, staffing, qualifications, recipients, routing, reports, escalations,
                activities, autoReplies, parameters, responses);
    }
}
