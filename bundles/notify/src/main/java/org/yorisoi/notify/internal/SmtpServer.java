package org.yorisoi.notify.internal;

import java.util.Locale;
import java.util.Objects;

/** The validated form of {@link SmtpSettings}, so the sender never reads raw configuration. */
record SmtpServer(String host, int port, String username, String password, String from, StartTls startTls,
                  int connectTimeoutMillis, int readTimeoutMillis, int writeTimeoutMillis) {

    /** How STARTTLS is negotiated. */
    enum StartTls { REQUIRED, OPTIONAL, NONE }

    SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(startTls, "startTls");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    static SmtpServer of(SmtpSettings settings) {
        StartTls startTls = StartTls.valueOf(settings.starttls().trim().toUpperCase(Locale.ROOT));
        return new SmtpServer(settings.host(), settings.port(), settings.username(), settings.password(),
                settings.from(), startTls, settings.connectTimeoutMillis(), settings.readTimeoutMillis(),
                settings.writeTimeoutMillis());
    }

    boolean authenticates() {
        return !username.isEmpty();
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", starttls=" + startTls + ", auth=" + authenticates() + "]";
    }
}
