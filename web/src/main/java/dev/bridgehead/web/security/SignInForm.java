package dev.bridgehead.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the sign-in form posts: e-mail and password, or a challenge and its code. */
@Serdeable
public record SignInForm(@Nullable String csrfToken, @Nullable String email, @Nullable String password, @Nullable String challenge,
                         @Nullable String code) implements CsrfForm {
}
