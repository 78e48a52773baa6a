package org.yorisoi.shell.internal;

import org.yorisoi.testkit.StaffDoubles;

import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;
import org.yorisoi.staff.Person;

public class StaffShowCommandTest {

    @Test
    public void showsGrantsQualificationsExperienceAndApprovals() throws Exception {
        StaffDoubles.Directory staff = new StaffDoubles.Directory();
        Person p = staff.createPerson("k.tanaka", "田中 京子", "setup");
        staff.grantRole(p.id(), "kyoto", Role.COUNSELOR, LocalDate.parse("2025-04-01"), null, "setup");
        staff.addQualification(p.id(), Qualification.CERTIFIED_PSYCHOLOGIST, "12345", null, "setup");
        staff.addExperience(p.id(), ExperienceKind.COUNSELING_CHAT_SNS, 18, "SNS相談", "setup");
        staff.addApproval(p.id(), "kyoto-commissioner-approval", "kyoto", "府教委", null, "承認第1号", "setup");
        StaffShowCommand command = new StaffShowCommand();
        command.staff = staff;
        command.login = "k.tanaka";

        String out = Fixtures.run(command).out();

        assertTrue(out, out.contains("Name:    田中 京子"));
        assertTrue(out, out.matches("(?s).*kyoto\\s*\\|\\s*COUNSELOR\\s*\\|\\s*2025-04-01\\s*\\|\\s*-.*"));
        assertTrue(out, out.matches("(?s).*CERTIFIED_PSYCHOLOGIST\\s*\\|\\s*12345\\s*\\|\\s*NOT VERIFIED.*"));
        assertTrue(out, out.matches("(?s).*COUNSELING_CHAT_SNS\\s*\\|\\s*18\\s*\\|\\s*SNS相談.*"));
        assertTrue(out, out.contains("kyoto-commissioner-approval"));
    }
}
