package dev.bridgehead.marketplace.failure;

import java.time.Duration;

/** The caller must wait before trying again. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up (at least 1): a client that waits exactly this long is let in. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The wait in whole minutes, rounded up (at least 1). */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
