package org.yorisoi.core.internal.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.osgi.service.cm.ConfigurationEvent;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEntry;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.audit.AuditQuery;
import org.yorisoi.audit.AuditVerification;

public class AuditorsTest {

    @Test
    public void configurationChangeNamesThePidAndWhatHappenedOnly() {
        AuditEvent updated = ConfigurationAuditor.event("org.yorisoi.tls", null, ConfigurationEvent.CM_UPDATED, "karaf");
        AuditEvent deleted = ConfigurationAuditor.event("org.yorisoi.mail~a", "org.yorisoi.mail",
                ConfigurationEvent.CM_DELETED, "system");

        assertEquals(new AuditEvent("karaf", null, null, AuditActions.CONFIG_CHANGE, "org.yorisoi.tls",
                AuditEvent.Outcome.SUCCESS, "updated"), updated);
        assertEquals("deleted, factory org.yorisoi.mail", deleted.detail());
        assertNull(deleted.contractId());
    }

    @Test
    public void writerRecordsInOrderAndDrainsOnClose() throws InterruptedException {
        List<String> recorded = new ArrayList<>();
        AuditLog log = new AuditLog() {
            @Override
            public AuditEntry record(AuditEvent event) {
                if (event.target().equals("boom")) {
                    throw new IllegalStateException("database down");
                }
                recorded.add(event.target());
                return null;
            }

            @Override
            public List<AuditEntry> search(AuditQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public AuditVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
        AuditWriter writer = new AuditWriter(log, "test-audit-writer");
        for (String target : List.of("a", "boom", "b", "c")) {
            writer.submit(new AuditEvent("system", null, null, AuditActions.WRITE, target, AuditEvent.Outcome.SUCCESS,
                    null));
        }

        writer.close();
        writer.submit(new AuditEvent("system", null, null, AuditActions.WRITE, "late", AuditEvent.Outcome.SUCCESS,
                null));

        assertEquals(List.of("a", "b", "c"), recorded);
    }
}
