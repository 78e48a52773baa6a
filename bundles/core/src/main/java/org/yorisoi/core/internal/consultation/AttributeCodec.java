package org.yorisoi.core.internal.consultation;

import java.util.Map;
import java.util.TreeMap;

/**
 * The intake attributes of a consultation as one column: {@code key=value} pairs sorted by key, separated by
 * {@code ;}. A backslash escapes {@code \}, {@code =} and {@code ;} inside keys and values, and {@code \n},
 * {@code \r} stand for line breaks, so any text round-trips and equal maps give equal strings.
 */
final class AttributeCodec {

    private AttributeCodec() {
    }

    static String encode(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            if (out.length() > 0) {
                out.append(';');
            }
            escape(e.getKey(), out);
            out.append('=');
            escape(e.getValue(), out);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the text is not an encoding (an altered row) */
    static Map<String, String> decode(String encoded) {
        Map<String, String> attributes = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return attributes;
        }
        StringBuilder current = new StringBuilder();
        String key = null;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '\\') {
                if (++i == encoded.length()) {
                    throw new IllegalArgumentException("attributes end inside an escape");
                }
                char escaped = encoded.charAt(i);
                switch (escaped) {
                    case '\\', '=', ';' -> current.append(escaped);
                    case 'n' -> current.append('\n');
                    case 'r' -> current.append('\r');
                    default -> throw new IllegalArgumentException("unknown escape in attributes at " + i);
                }
            } else if (c == '=' && key == null) {
                key = current.toString();
                current.setLength(0);
            } else if (c == ';') {
                put(attributes, key, current);
                key = null;
                current.setLength(0);
            } else if (c == '=') {
                throw new IllegalArgumentException("second '=' in one attribute at " + i);
            } else {
                current.append(c);
            }
        }
        put(attributes, key, current);
        return attributes;
    }

    private static void put(Map<String, String> attributes, String key, StringBuilder value) {
        if (key == null) {
            throw new IllegalArgumentException("attribute without '='");
        }
        if (attributes.put(key, value.toString()) != null) {
            throw new IllegalArgumentException("attribute key twice: " + key);
        }
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '=', ';' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
