package dev.bridgehead.marketplace.account;

import io.micronaut.core.annotation.Nullable;

/**
 * How a sign-in attempt ended. Only a right password reveals anything about the account (that its
 * address is unconfirmed, that a code is due); a wrong one and an unknown address end alike.
 *
 * @param challenge for {@link Outcome#SECOND_FACTOR} (and a wrong code on a page), the half-finished sign-in the code completes
 */
public record SignIn(Outcome outcome, @Nullable User user, @Nullable String challenge) {

    public enum Outcome {
        SIGNED_IN, WRONG, EMAIL_UNCONFIRMED, SECOND_FACTOR, WRONG_CODE
    }

    static SignIn signedIn(User user) {
        return new SignIn(Outcome.SIGNED_IN, user, null);
    }

    static SignIn wrong() {
        return new SignIn(Outcome.WRONG, null, null);
    }

    static SignIn unconfirmed(User user) {
        return new SignIn(Outcome.EMAIL_UNCONFIRMED, user, null);
    }

    static SignIn secondFactor(User user, String challenge) {
        return new SignIn(Outcome.SECOND_FACTOR, user, challenge);
    }

    static SignIn wrongCode(User user) {
        return new SignIn(Outcome.WRONG_CODE, user, null);
    }

    static SignIn wrongCode(User user, String challenge) {
        return new SignIn(Outcome.WRONG_CODE, user, challenge);
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
