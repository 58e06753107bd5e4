package dev.bridgehead.web.security;

import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;

/**
 * The sign-in page: e-mail and password, or (after a right password on an account with two-factor
 * sign-in) the code step.
 *
 * @param email       what was typed, kept after a failed attempt
 * @param errorKey    the message key of the failure, or null
 * @param challenge   the half-finished sign-in the code step completes, or null for the first step
 * @param unconfirmed the address is not confirmed yet: offer to send the link again
 */
public record SignInPage(PageContext context, @Nullable String email, @Nullable String errorKey, @Nullable String errorArgument,
                         @Nullable String challenge, boolean unconfirmed) {

    static SignInPage first(PageContext context, @Nullable String email, @Nullable String errorKey, @Nullable String errorArgument) {
        return new SignInPage(context, email, errorKey, errorArgument, null, false);
    }
}
