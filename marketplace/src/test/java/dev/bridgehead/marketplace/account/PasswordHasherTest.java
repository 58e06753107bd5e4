package dev.bridgehead.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_password_matches_its_own_hash_only() {
        String hash = hasher.hash("lingang-singapore-2026");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("lingang-singapore-2026", hash)).isTrue();
        assertThat(hasher.matches("lingang-singapore-2025", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void a_malformed_hash_matches_nothing() {
        assertThat(hasher.matches("x", "$argon2id$garbage")).isFalse();
        assertThat(hasher.matches("x", "plain text")).isFalse();
    }
}
