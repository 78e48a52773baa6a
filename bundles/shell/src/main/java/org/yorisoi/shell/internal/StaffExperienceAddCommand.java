package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.yorisoi.audit.AuditActions;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.ExperienceRecord;

@Service
@Command(scope = "yorisoi", name = "staff-experience-add", description = "Records a period of experience in whole months")
public class StaffExperienceAddCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Argument(index = 1, name = "kind", description = "The kind, e.g. COUNSELING_CHAT_SNS", required = true)
    @Completion(StaffCompleters.ExperienceKinds.class)
    String kind;

    @Argument(index = 2, name = "months", description = "Length in whole months, at least 1", required = true)
    String months;

    @Argument(index = 3, name = "description", description = "Where and what (the rest of the line); "
            + "no personal data of consulters", required = true, multiValued = true)
    List<String> description;

    @Override
    void run() throws BadInputException {
        Caller caller = require(Permission.STAFF_MANAGE, null);
        String personId = person(login).id();
        ExperienceKind k = parse("kind", ExperienceKind.class, kind);
        int m;
        try {
            m = Integer.parseInt(months.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("months: expected a whole number of months, got '" + months + "'");
        }
        ExperienceRecord r = staff.addExperience(personId, k, m, String.join(" ", description), caller.login());
        audited(caller, null, AuditActions.ACCOUNT_CHANGE, personId, "experience-added kind=" + k + " months=" + m);
        System.out.println("Recorded " + r.months() + " months of " + k + " (" + k.nameJa() + ") for " + login + ".");
    }
}
