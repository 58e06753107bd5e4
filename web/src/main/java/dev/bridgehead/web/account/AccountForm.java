package dev.bridgehead.web.account;

import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the small account forms post. */
@Serdeable
public record AccountForm(@Nullable String csrfToken, @Nullable String email, @Nullable String token, @Nullable String password)
        implements CsrfForm {
}
