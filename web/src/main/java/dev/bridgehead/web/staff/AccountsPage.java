package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Staff look accounts up by e-mail: the confirmed account and any registrations of the address not
 * yet confirmed (each with its organisation), whether each has two-factor sign-in, and its
 * sessions; they can vouch for one registration's address, end sessions, or (admins, not for
 * themselves) reset two-factor sign-in.
 */
public record AccountsPage(PageContext context, @Nullable String email, List<Found> found, boolean mayResetTwoFactor, Long self) {

    /** One account with the address. */
    public record Found(User user, int activeSessions, @Nullable String organization) {
    }
}
