package org.yorisoi.itests;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;

/** The audit log on the real database: what it records, and that a changed row is detected. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT extends YorisoiTestSupport {

    private final AuditLog audit = live(AuditLog.class);

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configAdmin;

    private final DataSource dataSource = live(DataSource.class, "(osgi.jndi.service.name=yorisoi)");

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

    /**
     * Right after boot the persistence unit may still be rebuilt once (its XA DataSource is re-created when the
     * transaction manager's configuration arrives), and calls in that window fail; wait until it answers.
     */
    @Before
    public void platformSettled() throws Exception {
        awaitSettled();
    }

    @Test
    public void contractWithdrawalAndRedeploymentAreAudited() throws Exception {
        features.uninstallFeature("yorisoi-contract-kumamoto");
        features.installFeature("yorisoi-contract-kumamoto");
        await("withdrawal and redeployment audited", Duration.ofSeconds(10), () -> {
            List<String> actions = audit.search(new AuditQuery(null, "kumamoto", null, null, null, 10)).stream()
                    .map(AuditEntry::action).toList();
            return actions.size() >= 2 && actions.get(0).equals(AuditActions.CONTRACT_DEPLOYED)
                    && actions.get(1).equals(AuditActions.CONTRACT_UNDEPLOYED);
        });
    }

    @Test
    public void configurationChangesAreAuditedWithoutTheirValues() throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("org.yorisoi.itest.audit", null);
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("secret", "do-not-log-this-value");
        c.update(props);
        await("configuration change audited", Duration.ofSeconds(10), () -> audit.search(
                new AuditQuery(null, null, AuditActions.CONFIG_CHANGE, null, null, 50)).stream()
                .anyMatch(e -> "org.yorisoi.itest.audit".equals(e.target())));
        for (AuditEntry e : audit.search(new AuditQuery(null, null, null, null, null, 1000))) {
            assertFalse(String.valueOf(e), String.valueOf(e.detail()).contains("do-not-log-this-value"));
        }
        c.delete();
    }

    @Test
    public void aRowChangedInTheDatabaseIsDetectedByTheVerifyCommand() throws Exception {
        AuditEntry entry = audit.record(new AuditEvent("itest", "127.0.0.1", "kyoto", AuditActions.EXPORT, "report:daily",
                AuditEvent.Outcome.SUCCESS, "before tampering"));
        assertTrue(audit.verify().intact());
        assertThat(console("yorisoi:audit-verify"), containsString("intact"));

        String original = actorOf(entry.sequence());
        try {
            update(entry.sequence(), "someone-else");
            assertFalse(audit.verify().intact());
            assertEquals(Long.valueOf(entry.sequence()), audit.verify().firstBadSequence());
            String out = console("yorisoi:audit-verify");
            assertThat(out, containsString(String.valueOf(entry.sequence())));
        } finally {
            update(entry.sequence(), original);
        }
        assertTrue("restoring the row restores the chain", audit.verify().intact());
    }

    @Test
    public void searchFindsEntriesByPersonContractAndAction() throws Exception {
        audit.record(new AuditEvent("searcher", "10.0.0.9", "sakai", AuditActions.WRITE, "case:42",
                AuditEvent.Outcome.DENIED, null));
        List<AuditEntry> found = audit.search(new AuditQuery("searcher", "sakai", AuditActions.WRITE, null, null, 10));
        assertEquals(1, found.size());
        assertEquals(AuditEvent.Outcome.DENIED, found.get(0).outcome());
        assertThat(console("yorisoi:audit-search --actor searcher"), containsString("case:42"));
    }

    private String actorOf(long sequence) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT ACTOR FROM YS_AUDIT WHERE SEQ = ?")) {
            s.setLong(1, sequence);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private void update(long sequence, String actor) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE YS_AUDIT SET ACTOR = ? WHERE SEQ = ?")) {
            s.setString(1, actor);
            s.setLong(2, sequence);
            assertEquals(1, s.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }
}
