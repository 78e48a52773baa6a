package org.yorisoi.core.internal.crypto;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${karaf.home}}, {@code ${karaf.etc}} and {@code ${karaf.data}} in configured paths. Karaf
 * substitutes them in {@code .cfg} files, but not in the defaults of a metatype definition.
 */
final class KarafPaths {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(karaf\\.(?:home|etc|data))}");

    private KarafPaths() {
    }

    /** The path with the Karaf variables replaced by their values among the system properties. */
    static Path resolve(String configured) {
        return resolve(configured, System::getProperty);
    }

    /** @param properties looks a variable up; null when it is not set */
    static Path resolve(String configured, UnaryOperator<String> properties) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("no path configured");
        }
        Matcher m = VARIABLE.matcher(configured.trim());
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String value = properties.apply(m.group(1));
            if (value == null) {
                throw new IllegalStateException("the system property " + m.group(1) + " is not set; it is used in "
                        + configured);
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        m.appendTail(resolved);
        return Path.of(resolved.toString()).toAbsolutePath().normalize();
    }
}
