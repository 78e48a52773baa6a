package org.yorisoi.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * An approved exception, e.g. a Kyoto counselor approved by the commissioner although holding none of the
 * listed qualifications (kyoto 6(5)ア(ウ)② ただし).
 *
 * @param personId the person
 * @param approvalKind the kind the contract's {@code Requirement.approvedException} names
 * @param contractId the contract under which the approval holds
 * @param approvedBy who approved (the authority and officer as recorded)
 * @param approvedAt when it was approved
 * @param note free text, e.g. the reference of the approval letter
 */
public record ApprovalRecord(String personId, String approvalKind, String contractId, String approvedBy,
                             Instant approvedAt, String note) {
    public ApprovalRecord {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(approvalKind, "approvalKind");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
    }
}
