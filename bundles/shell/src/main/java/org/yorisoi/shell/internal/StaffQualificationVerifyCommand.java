package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.QualificationRecord;

@Service
@Command(scope = "yorisoi", name = "staff-qualification-verify", description = "Marks a person's unverified "
        + "qualifications of a type as verified now")
public class StaffQualificationVerifyCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "type", description = "The qualification, e.g. CERTIFIED_PSYCHOLOGIST", required = true)
    @Completion(StaffCompleters.Qualifications.class)
    String type;

    @Argument(index = 2, name = "verifiedBy", description = "Who checked the certificate (the rest of the line)",
            required = true, multiValued = true)
    List<String> verifiedBy;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        Qualification q = parse("type", Qualification.class, type);
        List<QualificationRecord> verified = staff.verifyQualification(personId, q, String.join(" ", verifiedBy),
                caller.login());
        audited(caller, null, AuditActions.ACCOUNT_CHANGE, personId, "qualification-verified type=" + q);
        System.out.println("Verified " + verified.size() + " " + q + " record(s) of " + login + ".");
    }
}
