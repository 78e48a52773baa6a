package org.yorisoi.shell.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.yorisoi.audit.AuditEvent;
import org.yorisoi.security.Caller;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;

/**
 * Base of the staff, shift and roster commands: persons are named by login, enum values are checked with the
 * allowed ones in the message, and every change is audited with ids and enum names only (never names, certificate
 * numbers or notes: the directory's own history keeps those).
 */
abstract class StaffCommand extends YorisoiAction {

    @Reference
    StaffDirectory staff;

    Person person(String login) throws BadInputException {
        return AccountCommands.person(staff, login);
    }

    /** An enum value; case and '-' are forgiven, an unknown one is refused with the allowed values. */
    static <E extends Enum<E>> E parse(String what, Class<E> type, String value) throws BadInputException {
        String normalised = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(normalised)) {
                return e;
            }
        }
        throw new BadInputException(what + ": expected one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }

    void audited(Caller caller, String contractId, String action, String target, String detail) {
        audit.record(new AuditEvent(caller.login(), caller.origin(), contractId, action, target,
                AuditEvent.Outcome.SUCCESS, detail));
    }

    static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
