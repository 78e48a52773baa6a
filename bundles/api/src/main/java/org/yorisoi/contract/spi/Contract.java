package org.yorisoi.contract.spi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One municipal contract, as its bundle encodes it. Registered as an OSGi service; the core tracks it
 * dynamically, so the contract appears and disappears with its bundle.
 *
 * <p>Every method returns the rules in force now: a contract whose configuration changes (Config Admin)
 * returns the new rules from then on. Implementations must be cheap to call and thread-safe; they
 * never start threads.
 */
@ConsumerType
public interface Contract {

    /** Identity, term, who may consult and through which channels. */
    ContractInfo info();

    /** When the service is staffed or otherwise open, one rule per clause. Clipped by the core to the term. */
    List<WindowRule> windows();

    /** Minimum (and maximum) staff per window kind or for the whole term. */
    default List<StaffingRule> staffing() {
        return List.of();
    }

    /** Who may work which role or activity. A person must meet at least one rule for that role/activity. */
    default List<QualificationRule> qualifications() {
        return List.of();
    }

    /** Every organisation that receives something from this contract. */
    default List<Recipient> recipients() {
        return List.of();
    }

    /** Which recipient gets what, first matching rule wins. */
    default List<RoutingRule> routing() {
        return List.of();
    }

    /** Periodic and event-driven reports the contract requires. */
    default List<ReportObligation> reports() {
        return List.of();
    }

    /** What happens when a consulter's life or body may be at risk, and for non-emergency information sharing. */
    default List<EscalationRule> escalations() {
        return List.of();
    }

    /**
     * Canned responses counselors can insert, title → text, in order (e.g. Asahikawa's link to its bullying web
     * form). Empty by default.
     */
    default Map<String, String> cannedResponses() {
        return Map.of();
    }

    /** Activities of appointment-based case work (Sakai); empty for chat contracts. */
    default List<Activity> activities() {
        return List.of();
    }

    /** Automatic replies in Japanese. Texts may use the placeholders {@code {nextOpening}} and {@code {queuePosition}}. */
    default Map<AutoReply, String> autoReplies() {
        return Map.of();
    }

    /** The contract's configurable parameters with their values in force. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /**
     * The recipients for a purpose, given what is known of the consultation (e.g. {@code schoolType}).
     * The first routing rule that covers the purpose and whose conditions all hold decides.
     *
     * @return recipients in the rule's order; empty when no rule matches
     */
    default List<Recipient> route(Purpose purpose, Map<String, String> attributes) {
        for (RoutingRule rule : routing()) {
            if (rule.covers(purpose) && rule.matches(attributes)) {
                return resolve(rule.recipientIds());
            }
        }
        return List.of();
    }

    /** Every recipient any routing rule may choose for a purpose, in declaration order. */
    default List<Recipient> possibleRecipients(Purpose purpose) {
        Set<String> ids = new LinkedHashSet<>();
        for (RoutingRule rule : routing()) {
            if (rule.covers(purpose)) {
                ids.addAll(rule.recipientIds());
            }
        }
        return resolve(List.copyOf(ids));
    }

    private List<Recipient> resolve(List<String> ids) {
        return ids.stream()
                .map(id -> recipients().stream().filter(r -> r.id().equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "contract " + info().id() + " routes to undeclared recipient " + id)))
                .toList();
    }
}
