package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.failure.TooManyRequests;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Limits failed sign-ins per account and per network address, across all web nodes: after too
 * many failures in a window, further attempts are refused until the window has passed, even with
 * the right password.
 */
@Singleton
public class SignInGuard {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    private final SignInThrottleRepository throttles;
    private final Clock clock;

    public SignInGuard(SignInThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    void checkAllowed(String email, String address) {
        check(accountKey(email), PER_ACCOUNT);
        check(addressKey(address), PER_ADDRESS);
    }

    private void check(String key, int limit) {
        Instant now = clock.instant();
        throttles.findById(key)
                .filter(throttle -> throttle.windowStart().isAfter(now.minus(WINDOW)) && throttle.failures() >= limit)
                .ifPresent(throttle -> {
                    Duration wait = Duration.between(now, throttle.windowStart().plus(WINDOW));
                    throw new TooManyRequests("Too many failed sign-ins: try again in " + Math.max(1, wait.toMinutes()) + " minutes", wait);
                });
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        throttles.countFailure(accountKey(email), now, now.minus(WINDOW));
        throttles.countFailure(addressKey(address), now, now.minus(WINDOW));
    }

    void succeeded(String email) {
        throttles.deleteById(accountKey(email));
    }

    private static String accountKey(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
