package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

public class PasswordRulesTest {

    private static String refusal(String login, String password, int minLength) {
        try {
            PasswordRules.check(login, password.toCharArray(), minLength);
        } catch (IllegalArgumentException e) {
            assertFalse("the message never repeats the password", e.getMessage().contains(password));
            return e.getMessage();
        }
        return null;
    }

    @Test
    public void elevenCharactersAreTooFewForTheDefaultTwelve() {
        assertEquals("the password must have at least 12 characters", refusal("tanaka", "abcdefghijk", 12));
    }

    @Test
    public void twelveCharactersAreEnough() {
        assertEquals(null, refusal("tanaka", "abcdefghijkl", 12));
    }

    @Test
    public void lengthCountsCharactersNotUtf16Units() {
        // 𠮷 is one character stored as two UTF-16 units
        assertEquals("the password must have at least 12 characters", refusal("tanaka", "𠮷".repeat(11), 12));
        assertEquals(null, refusal("tanaka", "よりそい相談窓口の合言葉です", 12));
    }

    @Test
    public void moreThan256CharactersAreRefused() {
        assertEquals(null, refusal("tanaka", "a".repeat(256), 12));
        assertEquals("the password must have at most 256 characters", refusal("tanaka", "a".repeat(257), 12));
    }

    @Test
    public void passwordContainingTheLoginInAnyCaseIsRefused() {
        assertEquals("the password must not contain the login name", refusal("tanaka", "TanakaSecret2026", 12));
        assertEquals("the password must not contain the login name", refusal("tanaka", "2026-TANAKA-xyz", 12));
        assertEquals("the password must not contain the login name", refusal("k.sato", "k.sato-k.sato", 12));
        assertEquals(null, refusal("tanaka", "tanak-a-Secret-2026", 12));
    }

    @Test
    public void aMissingPasswordIsRefused() {
        try {
            PasswordRules.check("tanaka", null, 12);
            fail();
        } catch (IllegalArgumentException expected) {
            assertEquals("a password is required", expected.getMessage());
        }
    }

    @Test
    public void oneOfTheLastFivePasswordsIsRefused() {
        List<String> newestFirst = List.of(hash("fifth-password"), hash("fourth-password"), hash("third-password"),
                hash("second-password"), hash("first-password"), hash("oldest-password"));
        try {
            PasswordRules.checkNotReused("first-password".toCharArray(), newestFirst, 5);
            fail("a password among the last five was accepted");
        } catch (IllegalArgumentException expected) {
            assertEquals("the password must differ from the last 5 passwords", expected.getMessage());
        }
    }

    @Test
    public void aPasswordOlderThanTheHistoryMayComeBack() {
        List<String> newestFirst = List.of(hash("fifth-password"), hash("fourth-password"), hash("third-password"),
                hash("second-password"), hash("first-password"), hash("oldest-password"));

        PasswordRules.checkNotReused("oldest-password".toCharArray(), newestFirst, 5);
        PasswordRules.checkNotReused("fifth-password".toCharArray(), newestFirst, 0);
    }

    private static String hash(String password) {
        return PasswordHashing.hash(password.toCharArray(), PasswordHashingTest.ITERATIONS);
    }
}
