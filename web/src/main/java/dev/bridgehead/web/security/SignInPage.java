package dev.bridgehead.web.security;

import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;

/**
 * The sign-in page.
 *
 * @param email    what was typed, kept after a failed attempt
 * @param errorKey the message key of the failure, or null
 */
public record SignInPage(PageContext context, @Nullable String email, @Nullable String errorKey, @Nullable String errorArgument) {
}
