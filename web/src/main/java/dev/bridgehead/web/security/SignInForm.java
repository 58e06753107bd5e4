package dev.bridgehead.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the sign-in form posts. */
@Serdeable
public record SignInForm(@Nullable String csrfToken, @Nullable String email, @Nullable String password) implements CsrfForm {
}
