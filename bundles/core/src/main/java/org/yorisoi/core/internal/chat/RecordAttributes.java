package org.yorisoi.core.internal.chat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record's attributes as one column: {@code key=value} pairs joined by {@code &}, both URL-encoded, keys sorted so
 * equal maps store equal strings. Attribute codes, not content: stored in clear like the intake attributes.
 */
final class RecordAttributes {

    private RecordAttributes() {
    }

    static String encode(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return attributes;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            attributes.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return attributes;
    }

    /** The intake's attributes with the record's laid over them. */
    static Map<String, String> merged(Map<String, String> intake, Map<String, String> learnt) {
        Map<String, String> merged = new TreeMap<>(intake);
        merged.putAll(learnt);
        return merged;
    }
}
