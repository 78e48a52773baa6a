package org.yorisoi.core.internal.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.Test;
import org.yorisoi.security.PasswordPolicy;

public class SecuritySettingsTest {

    private final Map<String, String> refused = new LinkedHashMap<>();

    /** The configuration as the configuration admin hands it over: text converted on access, defaults otherwise. */
    static SecurityConfig config(Map<String, String> values) {
        return (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(),
                new Class<?>[] {SecurityConfig.class}, (proxy, method, args) -> {
                    String text = values.get(method.getName());
                    if (text == null) {
                        return method.getDefaultValue();
                    }
                    return method.getReturnType() == int.class ? (Object) Integer.parseInt(text) : text;
                });
    }

    private SecuritySettings read(Map<String, String> values, SecuritySettings previous) {
        return SecuritySettings.from(config(values), previous, refused::put);
    }

    @Test
    public void defaultsAreTheIssuesNumbers() {
        SecuritySettings s = read(Map.of(), SecuritySettings.DEFAULTS);

        assertEquals(SecuritySettings.DEFAULTS, s);
        assertEquals(new PasswordPolicy(12, Duration.ofDays(90), 5, 5, Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(15)), s.policy());
        assertEquals(310_000, s.iterations());
        assertEquals("admin", s.firstAdminLogin());
        assertTrue(refused.isEmpty());
    }

    @Test
    public void configuredValuesApply() {
        SecuritySettings s = read(Map.of("minLength", "16", "passwordValidity", "P2W", "idleTimeout", "PT2S",
                "maxFailures", "3", "firstAdminLogin", "root-admin"), SecuritySettings.DEFAULTS);

        assertEquals(16, s.minLength());
        assertEquals(Duration.ofDays(14), s.validity());
        assertEquals(Duration.ofSeconds(2), s.idleTimeout());
        assertEquals(3, s.maxFailures());
        assertEquals("root-admin", s.firstAdminLogin());
        assertTrue(refused.isEmpty());
    }

    @Test
    public void malformedDurationIsRefusedByKeyAndThePreviousValueStays() {
        SecuritySettings previous = read(Map.of("idleTimeout", "PT5M"), SecuritySettings.DEFAULTS);

        SecuritySettings s = read(Map.of("idleTimeout", "15 minutes", "lockout", "PT30M"), previous);

        assertEquals(Duration.ofMinutes(5), s.idleTimeout());
        assertEquals(Duration.ofMinutes(30), s.lockout());
        assertEquals(Map.of("idleTimeout", "not an ISO-8601 duration (e.g. PT15M, P90D)"), refused);
    }

    @Test
    public void monthsAreRefusedBecauseTheirLengthVaries() {
        SecuritySettings s = read(Map.of("passwordValidity", "P3M"), SecuritySettings.DEFAULTS);

        assertEquals(Duration.ofDays(90), s.validity());
        assertTrue(refused.get("passwordValidity").contains("months"));
    }

    @Test
    public void zeroOrNegativeDurationsAreRefused() {
        SecuritySettings s = read(Map.of("lockout", "PT0S", "failureWindow", "-PT15M"), SecuritySettings.DEFAULTS);

        assertEquals(SecuritySettings.DEFAULTS, s);
        assertEquals("must be positive", refused.get("lockout"));
        assertEquals("must be positive", refused.get("failureWindow"));
    }

    @Test
    public void numbersOutOfRangeOrNotNumbersAreRefused() {
        SecuritySettings s = read(Map.of("minLength", "6", "pbkdf2Iterations", "1000", "history", "many",
                "maxFailures", "0"), SecuritySettings.DEFAULTS);

        assertEquals(SecuritySettings.DEFAULTS, s);
        assertEquals("must be 8..256, got 6", refused.get("minLength"));
        assertEquals("must be 100000..10000000, got 1000", refused.get("pbkdf2Iterations"));
        assertEquals("not a whole number", refused.get("history"));
        assertEquals("must be 1..100, got 0", refused.get("maxFailures"));
    }

    @Test
    public void durationsAreDescribedAsConfigured() {
        assertEquals("P90D", SecuritySettings.describe(Duration.ofDays(90)));
        assertEquals("PT15M", SecuritySettings.describe(Duration.ofMinutes(15)));
        assertEquals("PT36H", SecuritySettings.describe(Duration.ofHours(36)));
    }

    @Test
    public void firstAdminLoginMustBeAValidLoginName() {
        SecuritySettings s = read(Map.of("firstAdminLogin", "first admin"), SecuritySettings.DEFAULTS);

        assertEquals("admin", s.firstAdminLogin());
        assertTrue(refused.containsKey("firstAdminLogin"));
    }
}
