package org.yorisoi.staff;

import java.time.Instant;
import java.util.Objects;

import org.yorisoi.contract.spi.Qualification;

/**
 * A qualification a person holds. Only verified qualifications count for eligibility.
 *
 * @param personId the person
 * @param type the qualification
 * @param certificateNumber the registration or certificate number, or {@code null} when the qualification has none
 * @param verifiedBy who checked the certificate, or {@code null} while it is not verified
 * @param verifiedAt when it was verified, or {@code null} while it is not verified
 */
public record QualificationRecord(String personId, Qualification type, String certificateNumber, String verifiedBy,
                                  Instant verifiedAt) {
    public QualificationRecord {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(type, "type");
    }

    /** True once someone has verified the certificate. */
    public boolean verified() {
        return verifiedBy != null && verifiedAt != null;
    }
}
