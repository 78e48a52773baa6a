package org.yorisoi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.yorisoi.contract.spi.ExperienceKind;
import org.yorisoi.contract.spi.Qualification;
import org.yorisoi.contract.spi.Role;

/** Completion of the staff commands' enum arguments, from the enums themselves. */
final class StaffCompleters {

    private StaffCompleters() {
    }

    private static int complete(Enum<?>[] values, Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        for (Enum<?> e : values) {
            names.getStrings().add(e.name());
        }
        return names.complete(session, commandLine, candidates);
    }

    /** COUNSELOR, LEAD, ... */
    @Service
    public static class Roles implements Completer {
        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return StaffCompleters.complete(Role.values(), session, commandLine, candidates);
        }
    }

    /** CERTIFIED_PSYCHOLOGIST, ... */
    @Service
    public static class Qualifications implements Completer {
        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return StaffCompleters.complete(Qualification.values(), session, commandLine, candidates);
        }
    }

    /** COUNSELING_CHAT_SNS, ... */
    @Service
    public static class ExperienceKinds implements Completer {
        @Override
        public int complete(Session session, CommandLine commandLine, List<String> candidates) {
            return StaffCompleters.complete(ExperienceKind.values(), session, commandLine, candidates);
        }
    }
}
