package org.yorisoi.rest.internal;

/** A query parameter is missing or malformed; the message starts with the parameter's name. */
final class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadParameterException(String parameter, String expected) {
        super(parameter + ": " + expected, null, false, false);
    }
}
