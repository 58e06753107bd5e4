package dev.bridgehead.marketplace.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Single-use, expiring tokens for the links sent by e-mail; only their hashes are stored. */
@Singleton
class AccountTokens {

    enum Purpose {
        CONFIRM(Duration.ofDays(3)), RESET(Duration.ofHours(1));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    String issue(Long userId, Purpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new AccountToken(hash(token), userId, purpose.name(), now, now.plus(purpose.lifetime), null));
        return token;
    }

    /** The account the token was for, if it is valid; it is used up either way it succeeds. */
    Optional<Long> use(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token.strip());
        if (tokens.use(hash, purpose.name(), clock.instant()) == 0) {
            return Optional.empty();
        }
        return tokens.findById(hash).map(AccountToken::userId);
    }

    /** The account a still-valid token is for, without using it. */
    Optional<Long> peek(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findById(hash(token.strip()))
                .filter(found -> found.purpose().equals(purpose.name()) && found.usedAt() == null && found.expiresAt().isAfter(now))
                .map(AccountToken::userId);
    }

    void useAll(Long userId, Purpose purpose) {
        tokens.useAll(userId, purpose.name(), clock.instant());
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "15m")
    void purge() {
        tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
