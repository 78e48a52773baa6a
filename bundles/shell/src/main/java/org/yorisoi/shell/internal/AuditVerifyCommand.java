package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.security.Permission;
import org.yorisoi.audit.AuditVerification;

@Service
@Command(scope = "yorisoi", name = "audit-verify",
        description = "Checks the audit log's hash chain for altered, deleted or inserted entries")
public class AuditVerifyCommand extends YorisoiAction {


    @Override
    void run() {
        require(Permission.AUDIT_READ, null);
        AuditVerification result = audit.verify();
        if (result.intact()) {
            System.out.println("Audit log intact: " + result.entriesChecked() + " entries checked.");
            return;
        }
        String where = result.firstBadSequence() == null ? "" : " at entry " + result.firstBadSequence();
        System.out.println("Audit log BROKEN" + where + ": " + result.problem());
        System.out.println(result.entriesChecked() + " entries checked. Entries before the first bad one are intact;"
                + " later ones were not checked.");
    }
}
