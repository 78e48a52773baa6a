package org.yorisoi.core.internal.audit;

import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.audit.AuditLog;
import org.yorisoi.core.internal.Actors;

/**
 * Audits configurations created, updated and deleted: the PID and what happened, never the values (they may hold
 * passwords). Synchronous, so that the event arrives on the thread of the change, where the Karaf user's subject
 * is (a {@code config:edit} in the console); the database write happens afterwards on the writer's thread.
 */
@Component(immediate = true, service = {ConfigurationListener.class, SynchronousConfigurationListener.class})
public class ConfigurationAuditor implements SynchronousConfigurationListener {

    private final AuditWriter writer;

    @Activate
    public ConfigurationAuditor(@Reference AuditLog log) {
        this.writer = new AuditWriter(log, "yorisoi-audit-configuration");
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        writer.submit(event(event.getPid(), event.getFactoryPid(), event.getType(), Actors.current()));
    }

    static AuditEvent event(String pid, String factoryPid, int type, String actor) {
        String what = switch (type) {
            case ConfigurationEvent.CM_UPDATED -> "updated";
            case ConfigurationEvent.CM_DELETED -> "deleted";
            case ConfigurationEvent.CM_LOCATION_CHANGED -> "location changed";
            default -> "event " + type;
        };
        return new AuditEvent(actor, null, null, AuditActions.CONFIG_CHANGE, pid, AuditEvent.Outcome.SUCCESS,
                factoryPid == null ? what : what + ", factory " + factoryPid);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        writer.close();
    }
}
