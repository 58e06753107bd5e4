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
}
