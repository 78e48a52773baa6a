package org.yorisoi.contract.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A contract whose rules are one {@link RuleSet}: implement {@link #rules()} (typically a volatile field
 * rebuilt by the component's {@code @Activate @Modified} method) and every {@link Contract} method follows.
 */
@ConsumerType
public interface RuleBasedContract extends Contract {

    /** The rules in force. */
    RuleSet rules();

    @Override
    default ContractInfo info() {
        return rules().info();
    }

    @Override
    default List<WindowRule> windows() {
        return rules().windows();
    }

    @Override
    default List<StaffingRule> staffing() {
        return rules().staffing();
    }

    @Override
    default List<QualificationRule> qualifications() {
        return rules().qualifications();
    }

    @Override
    default List<Recipient> recipients() {
        return rules().recipients();
    }

    @Override
    default List<RoutingRule> routing() {
        return rules().routing();
    }

    @Override
    default List<ReportObligation> reports() {
        return rules().reports();
    }

    @Override
    default List<EscalationRule> escalations() {
        return rules().escalations();
    }

    @Override
    default List<Activity> activities() {
        return rules().activities();
    }

    @Override
    default Map<String, String> cannedResponses() {
        return rules().cannedResponses();
    }

    @Override
    default Map<AutoReply, String> autoReplies() {
        return rules().autoReplies();
    }

    @Override
    default List<Parameter> parameters() {
        return rules().parameters();
    }
}
