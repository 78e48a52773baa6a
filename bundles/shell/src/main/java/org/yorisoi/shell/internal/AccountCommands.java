package org.yorisoi.shell.internal;

import java.util.Arrays;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.yorisoi.security.AccountStatus;
import org.yorisoi.security.Caller;
import org.yorisoi.security.Permission;
import org.yorisoi.staff.Person;
import org.yorisoi.staff.StaffDirectory;

/** Administrators' console commands on accounts: state, password, unlock. */
final class AccountCommands {

    private AccountCommands() {
    }

    static Person person(StaffDirectory staff, String login) throws BadInputException {
        return staff.byLogin(login).orElseThrow(() -> new BadInputException("No person with login '" + login + "'."));
    }

    static void print(AccountStatus a) {
        System.out.println("Login:            " + a.login() + (a.active() ? "" : " (deactivated)"));
        System.out.println("Password set:     " + (a.hasPassword() ? Console.instant(a.passwordChangedAt()) : "no"));
        System.out.println("Password expires: " + (a.passwordExpiresAt() == null ? "-" : Console.instant(a.passwordExpiresAt()))
                + (a.mustChange() ? " (temporary: to be changed at the next login)" : ""));
        System.out.println("Recent failures:  " + a.recentFailures());
        System.out.println("Locked until:     " + (a.lockedUntil() == null ? "not locked" : Console.instant(a.lockedUntil())));
    }

    @Service
    @Command(scope = "yorisoi", name = "account-status", description = "Shows an account's password age, failures and lock")
    public static class Status extends YorisoiAction {
        @Reference
        StaffDirectory staff;

        @Argument(index = 0, name = "login", description = "The person's login name", required = true)
        String login;

        @Override
        void run() throws BadInputException {
            require(Permission.STAFF_READ, null);
            print(credentials.status(person(staff, login).id()));
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "account-password", description = "Sets a person's password; it is temporary "
            + "(to be changed at the first login) unless --permanent. Prompts twice, without echo.")
    public static class SetPassword extends YorisoiAction {
        @Reference
        StaffDirectory staff;

        @Reference
        Session session;

        @Option(name = "--permanent", description = "The person need not change it at the next login")
        boolean permanent;

        @Argument(index = 0, name = "login", description = "The person's login name", required = true)
        String login;

        @Override
        void run() throws Exception {
            Caller caller = require(Permission.STAFF_MANAGE, null);
            Person person = person(staff, login);
            char[] first = session.readLine("New password for " + login + ": ", '*').toCharArray();
            char[] second = session.readLine("Again: ", '*').toCharArray();
            try {
                if (!Arrays.equals(first, second)) {
                    throw new BadInputException("The two entries differ; nothing changed.");
                }
                AccountStatus status = credentials.setPassword(person.id(), first, !permanent, caller.login());
                System.out.println("Password set" + (status.mustChange() ? " (temporary)" : "") + "; "
                        + login + "'s sessions ended.");
            } finally {
                Arrays.fill(first, '\0');
                Arrays.fill(second, '\0');
            }
        }
    }

    @Service
    @Command(scope = "yorisoi", name = "account-unlock", description = "Lifts the lock after too many failed logins")
    public static class Unlock extends YorisoiAction {
        @Reference
        StaffDirectory staff;

        @Argument(index = 0, name = "login", description = "The person's login name", required = true)
        String login;

        @Override
        void run() throws BadInputException {
            Caller caller = require(Permission.STAFF_MANAGE, null);
            credentials.unlock(person(staff, login).id(), caller.login());
            System.out.println("Unlocked " + login + ".");
        }
    }
}
