package org.yorisoi.core.internal.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.transaction.TransactionManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.contract.spi.Contract;
import org.yorisoi.platform.ContractRegistry;
import org.yorisoi.platform.PlatformClock;
import org.yorisoi.platform.UnknownContractException;
import org.yorisoi.staff.Roster;
import org.yorisoi.staff.RosterMark;
import org.yorisoi.staff.RosterRow;
import org.yorisoi.staff.RosterSheet;
import org.yorisoi.staff.RosterSubmission;
import org.yorisoi.staff.StaffDirectory;

/** Rosters built from the staff directory; submissions kept in the platform database. */
@Component(service = Roster.class)
public class JpaRoster implements Roster {

    private static final Pattern CONTRACT_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final JpaTemplate jpa;
    private final PlatformClock clock;
    private final ContractRegistry registry;
    private final StaffDirectory directory;

    /** The transaction manager only orders activation: the JTA unit fails on its first write without it. */
    @Activate
    public JpaRoster(@Reference(target = "(osgi.unit.name=yorisoi)") JpaTemplate jpa,
                     @Reference TransactionManager transactionManager, @Reference PlatformClock clock,
                     @Reference ContractRegistry registry, @Reference StaffDirectory directory) {
        this.jpa = jpa;
        this.clock = clock;
        this.registry = registry;
        this.directory = directory;
    }

    @Override
    public RosterSheet roster(String contractId) {
        Contract contract = registry.get(contractId);
        Instant now = clock.now();
        LocalDate today = now.atZone(PlatformClock.TOKYO).toLocalDate();
        List<RosterRow> rows = RosterRows.build(contract, directory, today);
        return jpa.txExpr(TransactionType.Supports, em -> {
            RosterSubmissionEntity last = latest(em, contractId);
            List<RosterMarking.Submitted> submitted = last == null ? List.of()
                    : em.createNamedQuery(RosterSubmissionRowEntity.BY_SUBMISSION, RosterSubmissionRowEntity.class)
                            .setParameter("submissionId", last.id).getResultList().stream()
                            .map(RosterSubmissionRowEntity::toSubmitted).toList();
            RosterMarking.Result marked = RosterMarking.mark(rows, submitted);
            return new RosterSheet(contractId, contract.info().nameJa(), today, now,
                    last == null ? null : last.toRecord(), marked.rows(), marked.removed());
        });
    }

    private static RosterSubmissionEntity latest(EntityManager em, String contractId) {
        return em.createNamedQuery(RosterSubmissionEntity.BY_CONTRACT, RosterSubmissionEntity.class)
                .setParameter("contractId", contractId).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    @Override
    public byte[] csv(String contractId) {
        return RosterCsv.write(RosterTable.HEADER, RosterTable.lines(roster(contractId)));
    }

    @Override
    public byte[] xlsx(String contractId) {
        RosterSheet sheet = roster(contractId);
        return RosterXlsx.write(RosterTable.HEADER, RosterTable.lines(sheet),
                sheet.generatedAt().atZone(PlatformClock.TOKYO).toLocalDateTime());
    }

    @Override
    public RosterSubmission submit(String contractId, String actor) {
        String by = actor == null ? "" : actor.strip();
        if (by.isEmpty() || by.length() > 100) {
            throw new IllegalArgumentException("actor is required (at most 100 characters)");
        }
        RosterSheet sheet = roster(contractId);
        return jpa.txExpr(TransactionType.Required, em -> {
            RosterSubmissionEntity submission = new RosterSubmissionEntity(contractId, clock.now(), by,
                    sheet.rows().size(), count(sheet, RosterMark.NEW), count(sheet, RosterMark.CHANGED),
                    sheet.removed().size());
            em.persist(submission);
            // the rows refer to the submission's generated id
            em.flush();
            for (RosterRow row : sheet.rows()) {
                em.persist(new RosterSubmissionRowEntity(submission.id, row.personId(), row.loginName(),
                        row.displayName(), row.fingerprint()));
            }
            return submission.toRecord();
        });
    }

    private static int count(RosterSheet sheet, RosterMark mark) {
        return (int) sheet.rows().stream().filter(r -> r.mark() == mark).count();
    }

    @Override
    public List<RosterSubmission> submissions(String contractId) {
        if (contractId == null || !CONTRACT_ID.matcher(contractId).matches()) {
            throw new UnknownContractException(contractId);
        }
        List<RosterSubmission> found = jpa.txExpr(TransactionType.Supports, em ->
                em.createNamedQuery(RosterSubmissionEntity.BY_CONTRACT, RosterSubmissionEntity.class)
                        .setParameter("contractId", contractId).getResultList().stream()
                        .map(RosterSubmissionEntity::toRecord).toList());
        if (found.isEmpty()) {
            // an empty list only for a deployed contract; otherwise the id is unknown
            registry.get(contractId);
        }
        return found;
    }
}
