package org.yorisoi.contract.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identity of a contract.
 *
 * @param id short lower-case id used in URLs, configuration PIDs and feature names, e.g. {@code kyoto}
 * @param name English name
 * @param nameJa Japanese name as in the specification
 * @param municipality the contracting municipality, in Japanese
 * @param term the term of the contract
 * @param eligibility who may consult
 * @param channels how consulters reach the service
 */
public record ContractInfo(String id, String name, String nameJa, String municipality, Term term,
                           Eligibility eligibility, Set<Channel> channels) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public ContractInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("contract id must match " + ID + ": " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(eligibility, "eligibility");
        channels = Set.copyOf(channels);
    }
}
