package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238) and single-use recovery codes.
 * Enrolment shows a secret (as a QR code); the first right code switches it on and hands out the
 * recovery codes, once. From then on a sign-in needs a code; each code works once. Staff and
 * admins cannot switch it off again themselves (an admin can reset another's, for a lost phone);
 * members can, with the password and a code. Every change asks for the current password, so a
 * stolen session cannot enrol its own app. The secret is stored sealed (AES-GCM) with the
 * deployment's secret.
 */
@Singleton
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
    static final int CHALLENGE_ATTEMPTS = 5;
    static final String ISSUER = "Bridgehead";
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret for the person to add to their authenticator app. */
    @io.micronaut.serde.annotation.Serdeable
    public record Enrolment(String secret, String uri) {
    }

    private final UserRepository users;
    private final Codes codes;
    private final PasswordConfirmation passwords;
    private final SignInGuard guard;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final SecretKeySpec sealKey;

    TwoFactor(UserRepository users, Codes codes, PasswordConfirmation passwords, SignInGuard guard, AuditLog audit,
              TransactionOperations<Connection> transactions, Clock clock, @Value("${bridgehead.secret}") String deploymentSecret) {
        this.users = users;
        this.codes = codes;
        this.passwords = passwords;
        this.guard = guard;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.sealKey = new SecretKeySpec(sha256("bridgehead-totp-seal:" + deploymentSecret), "AES");
    }

    /**
     * Starts (or restarts) enrolment, once the current password proved right: a new secret, not in
     * force until {@link #confirm} gets a right code for it.
     */
    public Enrolment begin(Actor actor, String password, String address) {
        User user = passwords.confirm(actor, password, address, "currentPassword");
        if (user.hasTwoFactor()) {
            throw new Conflict("Two-factor sign-in is already on");
        }
        String secret = Totp.newSecret();
        users.updateTwoFactor(user.id(), seal(secret), null, null, clock.instant());
        return new Enrolment(secret, Totp.uri(ISSUER, user.email(), secret));
    }

    /** The secret of an enrolment begun and not yet confirmed, to show its QR code again. */
    public Optional<Enrolment> pending(Actor actor) {
        return users.findById(actor.userId()).filter(user -> !user.hasTwoFactor() && user.totpSecret() != null)
                .map(user -> {
                    String secret = unseal(user.totpSecret());
                    return new Enrolment(secret, Totp.uri(ISSUER, user.email(), secret));
                });
    }

    /** Switches two-factor sign-in on with the first right code; returns the recovery codes, shown this once. */
    public List<String> confirm(Actor actor, String code) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new NotFound("User"));
        if (user.hasTwoFactor()) {
            throw new Conflict("Two-factor sign-in is already on");
        }
        if (user.totpSecret() == null) {
            throw new Conflict("Start the enrolment first");
        }
        OptionalLong step = Totp.matchingStep(unseal(user.totpSecret()), code, clock.instant());
        if (step.isEmpty()) {
            throw wrongCode();
        }
        return transactions.executeWrite(status -> {
            users.updateTwoFactor(user.id(), user.totpSecret(), clock.instant(), step.getAsLong(), clock.instant());
            List<String> recovery = newRecoveryCodes(user.id());
            audit.record(actor, "account.two-factor-on", "account", user.id(), null);
            return recovery;
        });
    }

    /** New recovery codes in place of the old ones (the password and a code from the app are asked for). */
    public List<String> renewRecoveryCodes(Actor actor, String password, String code, String address) {
        enrolled(actor);
        User user = passwords.confirm(actor, password, address, "currentPassword");
        if (!verify(user, code)) {
            throw wrongCode();
        }
        return transactions.executeWrite(status -> {
            audit.record(actor, "account.recovery-codes-renewed", "account", user.id(), null);
            return newRecoveryCodes(user.id());
        });
    }

    /** A member switches two-factor sign-in off, with the password and a code; staff and admins keep it. */
    public void disable(Actor actor, String password, String code, String address) {
        User enrolled = enrolled(actor);
        if (enrolled.role().isStaff()) {
            throw new Conflict("Staff accounts keep two-factor sign-in; an administrator can reset it if the device is lost");
        }
        User user = passwords.confirm(actor, password, address, "currentPassword");
        if (!verify(user, code)) {
            throw wrongCode();
        }
        switchOff(user.id());
        audit.record(actor, "account.two-factor-off", "account", user.id(), null);
    }

    /** An admin resets someone's two-factor sign-in (a lost phone): they sign in with the password alone and enrol again. */
    public void reset(Actor admin, Long userId) {
        if (admin == null || admin.role() != Role.ADMIN) {
            throw new NotFound("User " + userId);
        }
        if (admin.userId().equals(userId)) {
            throw new Conflict("An administrator's own two-factor sign-in is reset by another administrator");
        }
        users.findById(userId).orElseThrow(() -> new NotFound("User " + userId));
        switchOff(userId);
        audit.record(admin, "account.two-factor-reset", "account", userId, null);
    }

    public int recoveryCodesLeft(Long userId) {
        return codes.countUnused(userId);
    }

    /**
     * Whether the code (from the app, or a recovery code) is right for the account now; a code is
     * never accepted twice, and {@link SignInGuard#CODES_PER_DAY} wrong ones in a day refuse more.
     */
    boolean verify(User user, String code) {
        if (!user.hasTwoFactor()) {
            return false;
        }
        guard.checkCodes(user.id());
        if (code != null && code.length() <= 64) {
            OptionalLong step = Totp.matchingStep(unseal(user.totpSecret()), code, clock.instant());
            if (step.isPresent() && users.useTotpStep(user.id(), step.getAsLong()) == 1) {
                return true;
            }
            String recovery = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (step.isEmpty() && recovery.length() == 10 && codes.use(user.id(), hash(recovery), clock.instant()) == 1) {
                return true;
            }
        }
        guard.wrongCode(user.id());
        return false;
    }

    /** Half-finished sign-ins of the account end (its password changed: the old one must not complete one). */
    void closeChallengesOf(Long userId) {
        codes.deleteChallengesOfUser(userId);
    }

    /** A half-finished sign-in (the password was right) that a code completes within {@link #CHALLENGE_LIFETIME}. */
    String challenge(Long userId) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.openChallenge(id, userId, clock.instant().plus(CHALLENGE_LIFETIME));
        return id;
    }

    Optional<Long> challenged(String challenge) {
        if (challenge == null || challenge.length() > 32) {
            return Optional.empty();
        }
        if (codes.countOpen(challenge, clock.instant(), CHALLENGE_ATTEMPTS) == 0) {
            return Optional.empty();
        }
        return codes.userOf(challenge).stream().findFirst();
    }

    /** Answers a challenge: true (and the challenge is closed) when the code is right; each wrong answer counts. */
    boolean answer(String challenge, User user, String code) {
        if (codes.countAttempt(challenge, clock.instant(), CHALLENGE_ATTEMPTS) == 0) {
            return false;
        }
        if (verify(user, code)) {
            codes.closeChallenge(challenge);
            return true;
        }
        return false;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "20m")
    void purge() {
        codes.deleteChallengesBefore(clock.instant());
    }

    private User enrolled(Actor actor) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new NotFound("User"));
        if (!user.hasTwoFactor()) {
            throw new Conflict("Two-factor sign-in is off");
        }
        return user;
    }

    private void switchOff(Long userId) {
        transactions.executeWrite(status -> {
            users.updateTwoFactor(userId, null, null, null, clock.instant());
            codes.deleteRecoveryCodes(userId);
            codes.deleteChallengesOfUser(userId);
            return null;
        });
    }

    private List<String> newRecoveryCodes(Long userId) {
        codes.deleteRecoveryCodes(userId);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.addRecoveryCode(userId, hash(code.toString()));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    private static InvalidInput wrongCode() {
        return new InvalidInput(List.of(new FieldError("code", "wrong", "is not the code your authenticator app shows now")));
    }

    private String seal(String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unseal(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The two-factor secret cannot be read: was bridgehead.secret changed?", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String code) {
        return java.util.HexFormat.of().formatHex(sha256(code));
    }

    /** Recovery codes and sign-in challenges in MySQL. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Codes extends GenericRepository<User, Long> {

        @Query("INSERT INTO recovery_code (user_id, code_hash) VALUES (:userId, :codeHash)")
        void addRecoveryCode(Long userId, String codeHash);

        @Query("DELETE FROM recovery_code WHERE user_id = :userId")
        void deleteRecoveryCodes(Long userId);

        @Query("UPDATE recovery_code SET used_at = :now WHERE user_id = :userId AND code_hash = :codeHash AND used_at IS NULL")
        int use(Long userId, String codeHash, Instant now);

        @Query("SELECT COUNT(*) FROM recovery_code WHERE user_id = :userId AND used_at IS NULL")
        int countUnused(Long userId);

        @Query("INSERT INTO sign_in_challenge (id, user_id, expires_at, attempts) VALUES (:challengeId, :userId, :expiresAt, 0)")
        void openChallenge(String challengeId, Long userId, Instant expiresAt);

        @Query("SELECT COUNT(*) FROM sign_in_challenge WHERE id = :challengeId AND expires_at > :now AND attempts < :maxAttempts")
        int countOpen(String challengeId, Instant now, int maxAttempts);

        @Query("SELECT user_id FROM sign_in_challenge WHERE id = :challengeId")
        List<Long> userOf(String challengeId);

        @Query("UPDATE sign_in_challenge SET attempts = attempts + 1 WHERE id = :challengeId AND expires_at > :now AND attempts < :maxAttempts")
        int countAttempt(String challengeId, Instant now, int maxAttempts);

        @Query("DELETE FROM sign_in_challenge WHERE id = :challengeId")
        void closeChallenge(String challengeId);

        @Query("DELETE FROM sign_in_challenge WHERE user_id = :userId")
        void deleteChallengesOfUser(Long userId);

        @Query("DELETE FROM sign_in_challenge WHERE expires_at < :now")
        void deleteChallengesBefore(Instant now);
    }
}
