package org.yorisoi.chat;

/** How urgent a consultation was judged at closing. */
public enum Urgency {
    NONE, LOW, MEDIUM, HIGH,
    /** Life or body at risk: the emergency route applies. */
    EMERGENCY
}
