package org.yorisoi.contract.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses recipients: for the given purposes (all when empty), when every attribute in {@code when}
 * has the stated value, the recipients are {@code recipientIds}. The first matching rule wins, so a
 * rule with an empty {@code when} placed last is the default.
 */
public record RoutingRule(Set<Purpose> purposes, Map<String, String> when, List<String> recipientIds, String clause) {

    public RoutingRule {
        purposes = purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
        when = Map.copyOf(when);
        recipientIds = List.copyOf(recipientIds);
        Objects.requireNonNull(clause, "clause");
    }

    /** Everything goes to these recipients. */
    public static RoutingRule always(String clause, String... recipientIds) {
        return new RoutingRule(Set.of(), Map.of(), List.of(recipientIds), clause);
    }

    /** Everything for which the attribute has this value goes to these recipients. */
    public static RoutingRule when(String attribute, String value, String clause, String... recipientIds) {
        return new RoutingRule(Set.of(), Map.of(attribute, value), List.of(recipientIds), clause);
    }

    /** Things of one purpose go to these recipients. */
    public static RoutingRule forPurpose(Purpose purpose, String clause, String... recipientIds) {
        return new RoutingRule(Set.of(purpose), Map.of(), List.of(recipientIds), clause);
    }

    /** True when the rule applies to the purpose. */
    public boolean covers(Purpose purpose) {
        return purposes.isEmpty() || purposes.contains(purpose);
    }

    /** True when every condition holds for the attributes. */
    public boolean matches(Map<String, String> attributes) {
        return when.entrySet().stream().allMatch(e -> e.getValue().equals(attributes.get(e.getKey())));
    }
}
