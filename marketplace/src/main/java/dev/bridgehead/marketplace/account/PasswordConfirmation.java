package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Asks for the current password before a change to how one signs in (the password itself,
 * two-factor sign-in), so that a stolen session alone cannot take the account over. Wrong
 * answers count as failed sign-ins ({@link SignInGuard}), so the question cannot be used to guess.
 */
@Singleton
class PasswordConfirmation {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInGuard guard;

    PasswordConfirmation(UserRepository users, PasswordHasher hasher, SignInGuard guard) {
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
    }

    /** The actor's account, once {@code password} proved right; a wrong or missing one is refused on the field {@code field}. */
    User confirm(Actor actor, String password, String address, String field) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new NotFound("User"));
        if (password == null || password.isEmpty()) {
            throw new InvalidInput(List.of(new FieldError(field, "required", "is required")));
        }
        guard.begin(user.email(), address);
        if (password.length() > Passwords.MAX || !hasher.matches(password, user.passwordHash())) {
            guard.failed(user.email(), address);
            throw new InvalidInput(List.of(new FieldError(field, "wrong", "is not your current password")));
        }
        guard.succeeded(user.email(), address);
        return user;
    }
}
