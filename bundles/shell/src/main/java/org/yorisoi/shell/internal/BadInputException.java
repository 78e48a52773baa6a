package org.yorisoi.shell.internal;

/** Input the operator can correct; its message is printed as is, without a stack trace. */
class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
