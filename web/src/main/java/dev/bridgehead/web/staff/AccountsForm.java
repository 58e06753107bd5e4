package dev.bridgehead.web.staff;

import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the staff account actions post: the account they are about. */
@Serdeable
public record AccountsForm(@Nullable String csrfToken, @Nullable Long userId) implements CsrfForm {
}
