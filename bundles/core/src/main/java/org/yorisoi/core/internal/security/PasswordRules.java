package org.yorisoi.core.internal.security;

import java.util.List;

/**
 * The password policy's rules on a new password: long enough, not too long, not containing the login name, and
 * none of the person's recent passwords. Messages say what is wrong and never repeat the password.
 */
final class PasswordRules {

    /** Longer passwords add nothing and make every hash computation a denial-of-service lever. */
    static final int MAX_LENGTH = 256;

    private PasswordRules() {
    }

    /**
     * Checks length and login name.
     *
     * @throws IllegalArgumentException saying which rule the password breaks
     */
    static void check(String login, char[] password, int minLength) {
        if (password == null) {
            throw new IllegalArgumentException("a password is required");
        }
        int length = Character.codePointCount(password, 0, password.length);
        if (length < minLength) {
            throw new IllegalArgumentException("the password must have at least " + minLength + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("the password must have at most " + MAX_LENGTH + " characters");
        }
        if (login != null && !login.isEmpty() && containsIgnoringCase(password, login)) {
            throw new IllegalArgumentException("the password must not contain the login name");
        }
    }

    /**
     * Refuses a password equal to one of the recent ones.
     *
     * @param recentHashes the person's password hashes, newest first (the current one included)
     * @param history how many of them count
     * @throws IllegalArgumentException when the password was used recently
     */
    static void checkNotReused(char[] password, List<String> recentHashes, int history) {
        int count = Math.min(history, recentHashes.size());
        for (int i = 0; i < count; i++) {
            if (PasswordHashing.verify(password, recentHashes.get(i))) {
                throw new IllegalArgumentException("the password must differ from the last " + history + " passwords");
            }
        }
    }

    /** Case-insensitive search without turning the password into a String (Strings cannot be wiped). */
    static boolean containsIgnoringCase(char[] text, String part) {
        int n = part.length();
        for (int start = 0; start + n <= text.length; start++) {
            int i = 0;
            while (i < n && sameIgnoringCase(text[start + i], part.charAt(i))) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b);
    }
}
