package org.yorisoi.channel.line.internal;

/** The Messaging API refused a call or could not be reached; carries the status and LINE's request id only. */
class LineApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String requestId;

    LineApiException(String operation, int status, String requestId, Throwable cause) {
        super("LINE " + operation + " failed: status " + status + ", x-line-request-id " + requestId, cause);
        this.status = status;
        this.requestId = requestId;
    }

    /** The HTTP status, or 0 when no answer came. */
    int status() {
        return status;
    }

    String requestId() {
        return requestId;
    }
}
