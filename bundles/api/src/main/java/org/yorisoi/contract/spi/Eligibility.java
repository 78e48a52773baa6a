package org.yorisoi.contract.spi;

import java.util.List;
import java.util.Objects;

/**
 * Who may consult, and which attributes the intake asks for (those the contract reports on).
 *
 * @param populationJa the population in the specification's words
 * @param population the same in English
 * @param attributes intake attributes, in the order asked
 * @param clause the clause that defines the population
 */
public record Eligibility(String populationJa, String population, List<Attribute> attributes, String clause) {

    public Eligibility {
        Objects.requireNonNull(populationJa, "populationJa");
        Objects.requireNonNull(population, "population");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(clause, "clause");
    }
}
