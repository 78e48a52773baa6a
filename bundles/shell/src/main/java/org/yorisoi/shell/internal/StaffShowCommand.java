package org.yorisoi.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.ApprovalRecord;
import org.yorisoi.staff.ExperienceRecord;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.QualificationRecord;
import org.yorisoi.staff.RoleGrant;

@Service
@Command(scope = "yorisoi", name = "staff-show", description = "Shows a person: role grants, qualifications, experience, approvals")
public class StaffShowCommand extends StaffCommand {

    @Argument(index = 0, name = "login", description = "The person's login name", required = true)
    String login;

    @Override
    void run() throws BadInputException {
        require(Permission.STAFF_READ, null);
        Person p = person(login);
        System.out.println("Login:   " + p.loginName());
        System.out.println("Name:    " + p.displayName());
        System.out.println("Id:      " + p.id());
        System.out.println("Active:  " + (p.active() ? "yes" : "no (deactivated)"));
        System.out.println("Created: " + Console.instant(p.createdAt()));

        System.out.println();
        System.out.println("Role grants:");
        ShellTable grants = new ShellTable().emptyTableText("none");
        grants.column("Contract");
        grants.column("Role");
        grants.column("From");
        grants.column("Until");
        grants.column("Organisation");
        for (RoleGrant g : staff.grants(p.id())) {
            grants.addRow().addContent(g.contractId(), g.role(), g.from(), dash(g.until()), dash(g.organisation()));
        }
        grants.print(System.out);

        System.out.println();
        System.out.println("Qualifications:");
        ShellTable qualifications = new ShellTable().emptyTableText("none");
        qualifications.column("Type");
        qualifications.column("Certificate");
        qualifications.column("Verified at");
        qualifications.column("Verified by");
        for (QualificationRecord q : staff.qualifications(p.id())) {
            qualifications.addRow().addContent(q.type(), dash(q.certificateNumber()),
                    q.verified() ? Console.instant(q.verifiedAt()) : "NOT VERIFIED", dash(q.verifiedBy()));
        }
        qualifications.print(System.out);

        System.out.println();
        System.out.println("Experience:");
        ShellTable experience = new ShellTable().emptyTableText("none");
        experience.column("Kind");
        experience.column("Months");
        experience.column("Description");
        for (ExperienceRecord e : staff.experience(p.id())) {
            experience.addRow().addContent(e.kind(), e.months(), dash(e.description()));
        }
        experience.print(System.out);

        System.out.println();
        System.out.println("Approved exceptions:");
        ShellTable approvals = new ShellTable().emptyTableText("none");
        approvals.column("Contract");
        approvals.column("Kind");
        approvals.column("Approved at");
        approvals.column("Approved by");
        approvals.column("Note");
        for (ApprovalRecord a : staff.approvals(p.id())) {
            approvals.addRow().addContent(a.contractId(), a.approvalKind(), Console.instant(a.approvedAt()),
                    a.approvedBy(), dash(a.note()));
        }
        approvals.print(System.out);
    }
}
