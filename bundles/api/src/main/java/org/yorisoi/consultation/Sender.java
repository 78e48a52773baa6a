package org.yorisoi.consultation;

/** Who wrote a message. */
public enum Sender {
    /** The child or resident consulting. */
    CLIENT,
    /** A counselor or lead (the author is their person id). */
    COUNSELOR,
    /** The generative-AI listener. */
    AI,
    /** The platform itself (automatic replies, notices). */
    SYSTEM
}
