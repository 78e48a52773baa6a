package org.yorisoi.contract.spi;

import java.util.List;
import java.util.Objects;

/**
 * An attribute the intake asks a consulter for, e.g. school type or municipality.
 *
 * @param key stable key, e.g. {@code schoolType}; also the key routing rules test
 * @param labelJa the question as shown
 * @param required whether the intake insists (most are optional: consulters stay anonymous)
 * @param options the allowed answers; empty for free text
 * @param clause where the specification asks for it
 */
public record Attribute(String key, String labelJa, boolean required, List<Option> options, String clause) {

    public Attribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelJa, "labelJa");
        options = List.copyOf(options);
        Objects.requireNonNull(clause, "clause");
    }

    /** One allowed answer. */
    public record Option(String code, String labelJa) {
        public Option {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(labelJa, "labelJa");
        }
    }
}
