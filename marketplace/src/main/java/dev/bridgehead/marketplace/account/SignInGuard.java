package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Throttles failed sign-ins, across all web nodes, so that it slows whoever guesses and not the
 * account's owner:
 * <ul>
 *   <li>one account from one address: a few free failures, then a delay that doubles with each
 *       further failure (1 s, 2 s, 4 s … at most {@link #WINDOW});</li>
 *   <li>one account from anywhere: {@link #PER_ACCOUNT} failures in a window refuse further tries;</li>
 *   <li>one address: trying {@link #ACCOUNTS_PER_ADDRESS} different accounts (spraying) refuses it
 *       new accounts, and {@link #PER_ADDRESS} failures refuse it altogether, for the window;</li>
 *   <li>two-factor codes: {@link #CODES_PER_DAY} wrong ones in a day refuse more for the account.</li>
 * </ul>
 * The account and address limits do not hold for an account from an address it signed in from in
 * the last {@link #KNOWN_FOR} (its owner's office or home). Addresses count by
 * {@link NetworkAddresses#key} (an IPv6 address by its /64).
 * A refusal holds whatever the password. Bursts (an account or an address reaching its limit) go
 * to the audit log and to the {@code bridgehead.sign_in.refused} metric.
 */
@Singleton
public class SignInGuard {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FREE_FAILURES = 3;
    static final int PER_ACCOUNT = 50;
    static final int ACCOUNTS_PER_ADDRESS = 10;
    static final int PER_ADDRESS = 100;
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    static final int CODES_PER_DAY = 20;

    private final SignInThrottleRepository throttles;
    private final UserRepository users;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final Clock clock;

    SignInGuard(SignInThrottleRepository throttles, UserRepository users, AuditLog audit, MeterRegistry meters, Clock clock) {
        this.throttles = throttles;
        this.users = users;
        this.audit = audit;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Refuses the attempt (with how long to wait) when a limit holds for this account, address or
     * both; otherwise counts it as a failure straight away, before the password is checked, so
     * that attempts sent all at once count too. {@link #succeeded} takes the count back.
     */
    void begin(String email, String address) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(WINDOW);
        String pair = pairKey(address, email);
        Optional<SignInThrottle> pairCount = throttles.findById(pair);
        pairCount.map(SignInThrottle::blockedUntil).filter(until -> until.isAfter(now))
                .ifPresent(until -> refuse("pair", until, now));
        boolean known = throttles.findById(knownKey(address, email)).filter(seen -> seen.windowStart().isAfter(now.minus(KNOWN_FOR))).isPresent();
        if (!known) {
            current(addressKey(address), cutoff).filter(count -> count.failures() >= PER_ADDRESS)
                    .ifPresent(count -> refuse("address", count.windowStart().plus(WINDOW), now));
            boolean triedBefore = pairCount.filter(count -> !count.windowStart().isBefore(cutoff) && count.failures() > 0).isPresent();
            if (!triedBefore && throttles.countKeys(pairPrefix(address), cutoff) >= ACCOUNTS_PER_ADDRESS) {
                refuse("spraying", now.plus(WINDOW), now);
            }
            current(accountKey(email), cutoff).filter(count -> count.failures() >= PER_ACCOUNT)
                    .ifPresent(count -> refuse("account", count.windowStart().plus(WINDOW), now));
        }
        throttles.countFailure(pair, now, cutoff);
        throttles.countFailure(accountKey(email), now, cutoff);
        throttles.countFailure(addressKey(address), now, cutoff);
    }

    /** The attempt begun was wrong: its count stays, and the pair waits longer before the next. */
    void failed(String email, String address) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(WINDOW);
        String pair = pairKey(address, email);
        int pairFailures = throttles.findById(pair).map(SignInThrottle::failures).orElse(1);
        if (pairFailures > FREE_FAILURES) {
            throttles.block(pair, now.plus(delayAfter(pairFailures)));
        }
        meters.counter("bridgehead.sign_in.failures").increment();
        if (current(accountKey(email), cutoff).filter(count -> count.failures() == PER_ACCOUNT).isPresent()) {
            burst("sign-in.account-burst", users.findAllByEmail(email).stream().findFirst().map(User::id).orElse(null),
                    PER_ACCOUNT + " failed sign-ins for " + email + " within " + WINDOW.toMinutes() + " minutes, last from " + address);
        }
        if (pairFailures == 1 && throttles.countKeys(pairPrefix(address), cutoff) == ACCOUNTS_PER_ADDRESS) {
            burst("sign-in.address-burst", null, "failed sign-ins for " + ACCOUNTS_PER_ADDRESS + " different accounts from " + address
                    + " within " + WINDOW.toMinutes() + " minutes");
        }
    }

    /** The attempt begun was right: its count is taken back, the pair's failures cleared, and the address remembered as the owner's. */
    void succeeded(String email, String address) {
        throttles.deleteById(pairKey(address, email));
        throttles.takeBack(accountKey(email));
        throttles.takeBack(addressKey(address));
        throttles.remember(knownKey(address, email), clock.instant());
    }

    /** Refuses more two-factor codes for the account once {@link #CODES_PER_DAY} wrong ones came in a day, from anywhere. */
    void checkCodes(Long userId) {
        Instant now = clock.instant();
        current("codes:" + userId, now.minus(Duration.ofDays(1))).filter(count -> count.failures() >= CODES_PER_DAY)
                .ifPresent(count -> refuse("codes", count.windowStart().plus(Duration.ofDays(1)), now));
    }

    void wrongCode(Long userId) {
        Instant now = clock.instant();
        throttles.countFailure("codes:" + userId, now, now.minus(Duration.ofDays(1)));
    }

    /** The delay after the n-th failure of one account from one address. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(WINDOW) > 0 ? WINDOW : delay;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOld() {
        throttles.deleteOlderThan(clock.instant().minus(KNOWN_FOR));
    }

    private Optional<SignInThrottle> current(String key, Instant cutoff) {
        return throttles.findById(key).filter(count -> !count.windowStart().isBefore(cutoff));
    }

    private void refuse(String limit, Instant until, Instant now) {
        meters.counter("bridgehead.sign_in.refused", "limit", limit).increment();
        Duration wait = Duration.between(now, until);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw new TooManyRequests("Too many failed sign-ins: try again in " + (seconds < 60 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes"),
                wait);
    }

    private void burst(String action, Long userId, String note) {
        meters.counter("bridgehead.sign_in.bursts", "kind", action).increment();
        audit.recordSystem(action, "account", userId, note);
    }

    private static String accountKey(String email) {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + normalized(address);
    }

    private static String pairPrefix(String address) {
        return "pair:" + normalized(address).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|";
    }

    private static String pairKey(String address, String email) {
        return "pair:" + normalized(address) + "|" + email.toLowerCase(Locale.ROOT);
    }

    private static String knownKey(String address, String email) {
        return "known:" + normalized(address) + "|" + email.toLowerCase(Locale.ROOT);
    }

    private static String normalized(String address) {
        return NetworkAddresses.key(address);
    }
}
