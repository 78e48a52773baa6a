package org.yorisoi.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.yorisoi.contract.spi.Recipient;

/**
 * One report to deliver.
 *
 * @param report the obligation's id
 * @param nameJa its name in the specification
 * @param periodStart first day the report covers
 * @param periodEnd last day the report covers
 * @param due when it is due, at +09:00
 * @param recipients who receives it
 * @param clause the clause that requires it
 */
public record ReportDue(String report, String nameJa, LocalDate periodStart, LocalDate periodEnd, OffsetDateTime due,
                        List<Recipient> recipients, String clause) {
    public ReportDue {
        recipients = List.copyOf(recipients);
    }
}
