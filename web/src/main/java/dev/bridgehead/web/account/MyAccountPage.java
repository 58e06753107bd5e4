package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.TwoFactor;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.account.UserSession;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One's own account: the password, the sessions signed in, and two-factor sign-in.
 *
 * @param enrolment     an enrolment begun and not yet confirmed (its QR code is shown), or null
 * @param qrSvg         the enrolment's QR code as SVG, or null
 * @param recoveryCodes recovery codes just made, shown this once, or empty
 * @param currentSession the session of this very request, so it can be marked
 */
public record MyAccountPage(PageContext context, User user, List<UserSession> sessions, @Nullable String currentSession, int recoveryCodesLeft,
                            @Nullable TwoFactor.Enrolment enrolment, @Nullable String qrSvg, List<String> recoveryCodes,
                            FormErrors passwordErrors, FormErrors twoFactorErrors) {

    public boolean mayDisableTwoFactor() {
        return user.hasTwoFactor() && !user.role().isStaff();
    }
}
