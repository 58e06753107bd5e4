package dev.bridgehead.marketplace.account;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with OWASP's recommended minimum cost.
 * The parameters travel with each hash, so raising them later keeps old hashes verifiable.
 */
@Singleton
public class PasswordHasher {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    static final int CONCURRENT = 4;
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);
    private static final java.util.concurrent.Semaphore SLOTS = new java.util.concurrent.Semaphore(CONCURRENT, true);

    private final SecureRandom random = new SecureRandom();
    private final String decoy = hash("decoy password that matches nothing");

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(hash);
    }

    public boolean matches(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        try {
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                String[] pair = parameter.split("=");
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = DECODER.decode(parts[4]);
            byte[] expected = DECODER.decode(parts[5]);
            byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A hash to compare against when the account does not exist, so timing does not tell which e-mails are registered. */
    String decoy() {
        return decoy;
    }

    /**
     * At most {@link #CONCURRENT} hashes at once on a node (each takes 19 MiB and tens of
     * milliseconds): a flood of sign-ins waits its turn, up to {@link #WAIT}, and is then refused,
     * instead of exhausting memory.
     */
    private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        boolean acquired;
        try {
            acquired = SLOTS.tryAcquire(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.bridgehead.marketplace.failure.TooManyRequests("Too many sign-ins at once: try again in a moment", WAIT);
        }
        if (!acquired) {
            throw new dev.bridgehead.marketplace.failure.TooManyRequests("Too many sign-ins at once: try again in a moment", WAIT);
        }
        try {
            return compute(password, salt, memory, iterations, parallelism, length);
        } finally {
            SLOTS.release();
        }
    }

    private static byte[] compute(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }
}
