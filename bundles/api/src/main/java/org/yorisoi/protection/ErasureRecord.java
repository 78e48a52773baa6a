package org.yorisoi.protection;

import java.time.Instant;
import java.util.Objects;

/**
 * What an erasure did: the written record the contracts ask for (データ消去報告).
 *
 * @param id random UUID
 * @param contractId the contract whose data was erased
 * @param consultations how many consultations were deleted
 * @param messages how many messages were deleted
 * @param oldestData when the oldest erased consultation began, or null when there was none
 * @param newestData when the newest erased consultation began, or null
 * @param keyDestroyed true when the contract's encryption key was destroyed (false only when there was none)
 * @param method how: the steps taken, in words
 * @param erasedAt when
 * @param erasedBy who (login name)
 * @param beforeTermEnd true when forced before the term's last day
 */
public record ErasureRecord(String id, String contractId, long consultations, long messages, Instant oldestData,
                            Instant newestData, boolean keyDestroyed, String method, Instant erasedAt,
                            String erasedBy, boolean beforeTermEnd) {
    public ErasureRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(erasedAt, "erasedAt");
        Objects.requireNonNull(erasedBy, "erasedBy");
    }
}
