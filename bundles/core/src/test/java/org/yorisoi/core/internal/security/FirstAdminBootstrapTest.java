package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;

public class FirstAdminBootstrapTest {

    @Test
    public void oneTimePasswordIsTwentyLettersAndDigitsMeetingThePolicy() {
        for (int i = 0; i < 200; i++) {
            char[] password = FirstAdminBootstrap.oneTimePassword(20, "admin");

            assertEquals(20, password.length);
            assertTrue(new String(password).matches("[A-Za-z0-9]{20}"));
            assertFalse(PasswordRules.containsIgnoringCase(password, "admin"));
            PasswordRules.check("admin", password, 12);
        }
    }

    @Test
    public void oneTimePasswordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(new String(FirstAdminBootstrap.oneTimePassword(20, "admin")));
        }
        assertEquals(1000, seen.size());
    }

    @Test
    public void aLongerMinimumLengthGivesALongerPassword() {
        assertEquals(32, FirstAdminBootstrap.oneTimePassword(32, "admin").length);
    }
}
