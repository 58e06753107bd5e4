package dev.bridgehead.web.account;

import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the forms of the account page post.
 *
 * @param confirmPassword the current password, as the two-factor forms ask for it (a field of its own: the page has the password form too)
 */
@Serdeable
public record MyAccountForm(@Nullable String csrfToken, @Nullable String currentPassword, @Nullable String password, @Nullable String code,
                            @Nullable String confirmPassword)
        implements CsrfForm {
}
