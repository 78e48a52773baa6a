package org.yorisoi.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link Credentials#authenticate}.
 *
 * @param outcome how it ended
 * @param caller the caller when {@link LoginOutcome#OK}, otherwise null
 */
public record LoginResult(LoginOutcome outcome, Caller caller) {
    public LoginResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == LoginOutcome.OK) != (caller != null)) {
            throw new IllegalArgumentException("a caller comes with OK and only with OK");
        }
    }

    public Optional<Caller> authenticated() {
        return Optional.ofNullable(caller);
    }
}
