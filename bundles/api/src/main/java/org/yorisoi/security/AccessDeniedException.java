package org.yorisoi.security;

/** The caller lacks a permission; the message names the permission and the contract, never data. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
