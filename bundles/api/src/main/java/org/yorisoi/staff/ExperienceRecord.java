package org.yorisoi.staff;

import java.util.Objects;

import org.yorisoi.contract.spi.ExperienceKind;

/**
 * A period of professional experience; records of one kind are summed.
 *
 * @param personId the person
 * @param kind the kind of experience
 * @param months its length in whole months, at least 1
 * @param description where and what, free text (no personal data of consulters)
 */
public record ExperienceRecord(String personId, ExperienceKind kind, int months, String description) {
    public ExperienceRecord {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
    }
}
