package org.yorisoi.contract.spi;

import java.util.Objects;

/**
 * A report the contract requires.
 *
 * @param id stable id, e.g. {@code daily}, {@code form4-monthly}
 * @param nameJa the report's name in the specification
 * @param name English name
 * @param period how periods are cut from the term
 * @param due when each period's report is due; {@code null} for {@link ReportPeriod#EVENT}
 * @param purpose routes the report to its recipients
 * @param clause the clause of the specification
 */
public record ReportObligation(String id, String nameJa, String name, ReportPeriod period, Due due,
                               Purpose purpose, String clause) {

    public ReportObligation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (period != ReportPeriod.EVENT) {
            Objects.requireNonNull(due, "due");
        }
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(clause, "clause");
    }
}
