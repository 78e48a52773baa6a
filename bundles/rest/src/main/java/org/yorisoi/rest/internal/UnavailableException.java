package org.yorisoi.rest.internal;

/** An optional platform service the request needs is not running right now. */
final class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnavailableException(String message) {
        super(message, null, false, false);
    }
}
