package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * Failed sign-ins counted for one key since {@code windowStart}, and the moment before which the
 * key is refused (if any). Keys name an account, an address, an account-and-address pair, or an
 * address from which an account signed in successfully (then {@code windowStart} is when).
 */
@MappedEntity("sign_in_throttle")
public record SignInThrottle(@Id String throttleKey, Instant windowStart, int failures, @Nullable Instant blockedUntil) {
}
