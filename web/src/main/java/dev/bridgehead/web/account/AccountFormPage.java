package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;

/**
 * A small account form: an address to send a link to (a new confirmation link, a password reset),
 * a new password from a reset link, or a confirmation to press.
 *
 * @param kind   {@code resend}, {@code reset-request}, {@code reset} or {@code confirm}
 * @param token  the link's token (reset, confirm), kept in the form
 * @param email  the address as typed
 * @param pending for {@code confirm}, whom the link confirms (the person, address and organisation)
 */
public record AccountFormPage(PageContext context, String kind, @Nullable String token, @Nullable String email, FormErrors errors,
                              AccountService.@Nullable PendingConfirmation pending) {

    AccountFormPage(PageContext context, String kind, @Nullable String token, @Nullable String email, FormErrors errors) {
        this(context, kind, token, email, errors, null);
    }
}
