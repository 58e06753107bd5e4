package dev.bridgehead.marketplace.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 6238, appendix B (SHA-1), cut to the six digits authenticator apps show. */
class TotpTest {

    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codes_match_the_rfc_test_vectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void a_code_counts_for_its_step_and_one_either_side_and_nothing_else() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SECRET, "005924", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "00592", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    }

    @Test
    void base32_round_trips_and_secrets_are_160_bits() {
        byte[] bytes = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
        assertThat(Totp.base32Decode(Totp.base32(bytes))).containsExactly(bytes);
        assertThat(Totp.base32Decode(Totp.newSecret())).hasSize(20);
        assertThat(Totp.uri("Bridgehead", "a b@example.com", "ABC")).startsWith("otpauth://totp/Bridgehead:a%20b%40example.com?secret=ABC&issuer=Bridgehead");
    }
}
