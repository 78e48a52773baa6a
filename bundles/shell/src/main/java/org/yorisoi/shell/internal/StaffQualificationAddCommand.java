package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.QualificationRecord;

@Service
@Command(scope = "yorisoi", name = "staff-qualification-add", description = "Records a qualification; verified now "
        + "with --verified-by, otherwise it does not count until yorisoi:staff-qualification-verify")
public class StaffQualificationAddCommand extends StaffCommand {

    @Option(name = "--verified-by", description = "Who checked the certificate")
    String verifiedBy;

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "type", description = "The qualification, e.g. CERTIFIED_PSYCHOLOGIST", required = true)
    @Completion(StaffCompleters.Qualifications.class)
    String type;

    @Argument(index = 2, name = "certificateNumber", description = "Registration or certificate number, if it has one")
    String certificateNumber;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        Qualification q = parse("type", Qualification.class, type);
        QualificationRecord r = staff.addQualification(personId, q, certificateNumber, verifiedBy, caller.login());
        audited(caller, null, AuditActions.ACCOUNT_CHANGE, personId,
                "qualification-added type=" + q + " verified=" + r.verified());
        System.out.println("Recorded " + q + " (" + q.nameJa() + ") for " + login
                + (r.verified() ? ", verified." : ", NOT verified: it does not count until verified."));
    }
}
