package org.yorisoi.risk;

/** Ordered from least to most severe, so {@code compareTo} ranks them. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH;

    /** One level lower, not below NONE: used for someone else's reported words. */
    public Severity lower() {
        return this == NONE ? NONE : values()[ordinal() - 1];
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
