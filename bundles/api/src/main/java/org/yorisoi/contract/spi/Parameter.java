package org.yorisoi.contract.spi;

import java.util.Objects;

/**
 * A configurable parameter of a contract with the value in force, shown to operators. The value is set
 * in {@code etc/org.yorisoi.contract.<id>.cfg} and changes at runtime.
 *
 * @param key the configuration key
 * @param value the value in force, as text
 * @param descriptionJa what it means
 * @param clause the clause it configures
 */
public record Parameter(String key, String value, String descriptionJa, String clause) {
    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(clause, "clause");
    }
}
