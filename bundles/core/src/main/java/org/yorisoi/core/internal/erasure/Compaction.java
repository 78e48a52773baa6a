package org.yorisoi.core.internal.erasure;

/**
 * What the physical compaction after an erasure achieved.
 *
 * @param outcome whether it ran
 * @param derby Derby's details when it ran, else null
 * @param note the database product when it was not Derby, the SQLState when it failed, else null
 */
record Compaction(Outcome outcome, DerbyCompaction.Result derby, String note) {

    enum Outcome {
        /** Tables compressed and the transaction log moved on. */
        DONE,
        /** The database is not Derby: nothing was done beyond the deletion. */
        NOT_DERBY,
        /** A step failed; the rows are deleted and the key destroyed all the same. */
        FAILED
    }

    static Compaction done(DerbyCompaction.Result result) {
        return new Compaction(Outcome.DONE, result, null);
    }

    static Compaction notDerby(String product) {
        return new Compaction(Outcome.NOT_DERBY, null, product);
    }

    static Compaction failed(String sqlState) {
        return new Compaction(Outcome.FAILED, null, sqlState);
    }

    /** True when nothing of the deleted rows is left in the database files, as far as the database tells. */
    boolean complete() {
        return outcome == Outcome.DONE && derby.oldLogReleased();
    }
}
