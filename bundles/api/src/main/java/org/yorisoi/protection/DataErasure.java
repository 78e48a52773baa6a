package org.yorisoi.protection;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Erases a contract's consultation data: destroys its encryption key, deletes its consultations and messages,
 * compacts the tables so that the deleted rows leave the database files, and keeps an {@link ErasureRecord}
 * (audited as {@code data-erased}).
 */
@ProviderType
public interface DataErasure {

    /**
     * Erases the contract's data.
     *
     * @param force allow erasure before the contract term's last day
     * @throws IllegalStateException before the term's last day without {@code force}
     * @throws org.yorisoi.platform.UnknownContractException when the contract is not deployed
     */
    ErasureRecord erase(String contractId, boolean force, String actor);

    /** The contract's erasure records, newest first (they outlive the contract's data). */
    List<ErasureRecord> records(String contractId);

    Optional<ErasureRecord> record(String erasureId);

    /** The record as a printable document (plain text, Japanese with English headings). */
    String printable(String erasureId);
}
