package dev.bridgehead.marketplace.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Failed sign-ins counted for one key (an account or an address) since {@code windowStart}. */
@MappedEntity("sign_in_throttle")
public record SignInThrottle(@Id String throttleKey, Instant windowStart, int failures) {
}
