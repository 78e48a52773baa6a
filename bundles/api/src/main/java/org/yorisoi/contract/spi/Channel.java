package org.yorisoi.contract.spi;

/** How a consulter reaches the service. */
public enum Channel {
    /** Web chat served by the platform at {@code /chat/<contract>}. */
    WEB,
    /** A LINE official account connected by webhook. */
    LINE,
    /** The generative-AI listening lane. */
    AI,
    /** Appointment-based case work arranged with the municipality (no chat). */
    APPOINTMENT
}
