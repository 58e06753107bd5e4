package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.TwoFactor;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.account.UserSession;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.ClientAddresses;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

/**
 * Accounts through the API: confirming an address, asking for links, resetting and changing a
 * password, one's own sessions and two-factor sign-in; and, for staff, vouching for an address,
 * ending someone's sessions and (admins) resetting someone's two-factor sign-in.
 */
@Tag(name = "auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
class AccountApi {

    private final AccountService accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final ClientAddresses addresses;

    AccountApi(AccountService accounts, Sessions sessions, TwoFactor twoFactor, ClientAddresses addresses) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.addresses = addresses;
    }

    @Operation(summary = "Confirm an e-mail address with the token from the link sent to it")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/account/confirm")
    AccountView confirm(@Body TokenBody body) {
        return AccountView.of(accounts.confirmEmail(body.token()), null, List.of());
    }

    @Operation(summary = "Send a new confirmation link; the answer is the same whether or not the address has an account")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/account/resend")
    HttpResponse<?> resend(HttpRequest<?> request, @Body EmailBody body) {
        accounts.resendConfirmation(body.email(), addresses.of(request));
        return HttpResponse.accepted();
    }

    @Operation(summary = "Send a password-reset link (valid an hour, once); the answer is the same whether or not the address has an account")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/account/reset-request")
    HttpResponse<?> resetRequest(HttpRequest<?> request, @Body EmailBody body) {
        accounts.requestPasswordReset(body.email(), addresses.of(request));
        return HttpResponse.accepted();
    }

    @Operation(summary = "Set a new password with the token from a reset link; every session of the account ends")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/account/reset")
    HttpResponse<?> reset(@Body ResetBody body) {
        accounts.resetPassword(body.token(), body.password());
        return HttpResponse.noContent();
    }

    @Operation(summary = "The signed-in account: address, two-factor state and active sessions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/account")
    AccountView account(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        User user = accounts.get(actor.userId());
        return AccountView.of(user, twoFactor.recoveryCodesLeft(user.id()), SessionView.of(sessions.activeOf(user.id()), Actors.sessionOf(authentication)));
    }

    @Operation(summary = "Change the password (the current one is asked for); every other session ends")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/password")
    HttpResponse<?> changePassword(HttpRequest<?> request, Authentication authentication, @Body PasswordBody body) {
        accounts.changePassword(Actors.of(authentication), body.currentPassword(), body.password(), Actors.sessionOf(authentication),
                addresses.of(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "End every session of the account but the one making this call")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/sessions/end-others")
    Ended endOtherSessions(Authentication authentication) {
        return new Ended(sessions.endOthersByOwner(Actors.of(authentication), Actors.sessionOf(authentication)));
    }

    @Operation(summary = "Begin two-factor enrolment (the current password is asked for): a secret and otpauth URI for an authenticator app; "
            + "on once a code is confirmed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/two-factor")
    HttpResponse<TwoFactor.Enrolment> beginTwoFactor(HttpRequest<?> request, Authentication authentication, @Body CodeBody body) {
        return HttpResponse.created(twoFactor.begin(Actors.of(authentication), body.currentPassword(), addresses.of(request)));
    }

    @Operation(summary = "Confirm two-factor enrolment with the app's current code; answers the recovery codes, shown this once")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/two-factor/confirm")
    RecoveryCodes confirmTwoFactor(Authentication authentication, @Body CodeBody body) {
        return new RecoveryCodes(twoFactor.confirm(Actors.of(authentication), body.code()));
    }

    @Operation(summary = "New recovery codes in place of the old ones (the current password and a code are asked for)")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/two-factor/recovery-codes")
    RecoveryCodes renewRecoveryCodes(HttpRequest<?> request, Authentication authentication, @Body CodeBody body) {
        return new RecoveryCodes(twoFactor.renewRecoveryCodes(Actors.of(authentication), body.currentPassword(), body.code(), addresses.of(request)));
    }

    @Operation(summary = "Switch two-factor sign-in off (members only, with the current password and a code)")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post("/account/two-factor/disable")
    HttpResponse<?> disableTwoFactor(HttpRequest<?> request, Authentication authentication, @Body CodeBody body) {
        twoFactor.disable(Actors.of(authentication), body.currentPassword(), body.code(), addresses.of(request));
        return HttpResponse.noContent();
    }

    @Operation(summary = "Staff: the accounts with an e-mail address (the confirmed one first, then registrations not yet confirmed)")
    @Secured({"STAFF", "ADMIN"})
    @Get("/users")
    Accounts find(@QueryValue String email) {
        return new Accounts(accounts.allWithEmail(email).stream()
                .map(user -> AccountView.of(user, null, SessionView.of(sessions.activeOf(user.id()), null))).toList());
    }

    @Operation(summary = "Staff: confirm the e-mail address of an account they vouch for")
    @Secured({"STAFF", "ADMIN"})
    @Post("/users/{id}/confirm-email")
    AccountView vouch(Authentication authentication, @PathVariable Long id) {
        return AccountView.of(accounts.vouchForEmail(Actors.of(authentication), id), null, List.of());
    }

    @Operation(summary = "Staff: end every session of an account (a lost laptop, someone who left)")
    @Secured({"STAFF", "ADMIN"})
    @Post("/users/{id}/sessions/end")
    Ended endSessions(Authentication authentication, @PathVariable Long id) {
        accounts.get(id);
        return new Ended(sessions.endAllByStaff(Actors.of(authentication), id));
    }

    @Operation(summary = "Admins: reset an account's two-factor sign-in (a lost phone)")
    @Secured("ADMIN")
    @Post("/users/{id}/two-factor/reset")
    HttpResponse<?> resetTwoFactor(Authentication authentication, @PathVariable Long id) {
        twoFactor.reset(Actors.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Serdeable
    record TokenBody(@Nullable String token) {
    }

    @Serdeable
    record EmailBody(@Nullable String email) {
    }

    @Serdeable
    record ResetBody(@Nullable String token, @Nullable String password) {
    }

    @Serdeable
    record PasswordBody(@Nullable String currentPassword, @Nullable String password) {
    }

    @Serdeable
    record CodeBody(@Nullable String currentPassword, @Nullable String code) {
    }

    @Serdeable
    record Accounts(List<AccountView> items) {
    }

    @Serdeable
    record RecoveryCodes(List<String> recoveryCodes) {
    }

    @Serdeable
    record Ended(int ended) {
    }

    /** A session as its owner (or staff) sees it; its id is never shown. */
    @Serdeable
    record SessionView(Instant createdAt, Instant expiresAt, @Nullable String address, @Nullable String userAgent, boolean current) {

        static List<SessionView> of(List<UserSession> sessions, @Nullable String current) {
            return sessions.stream().map(session -> new SessionView(session.createdAt(), session.expiresAt(), session.address(), session.userAgent(),
                    session.id().equals(current))).toList();
        }
    }

    @Serdeable
    record AccountView(String id, String email, String displayName, String role, @Nullable String organizationId, boolean emailConfirmed,
                       boolean twoFactor, @Nullable Integer recoveryCodesLeft, List<SessionView> sessions) {

        static AccountView of(User user, @Nullable Integer recoveryCodesLeft, List<SessionView> sessions) {
            return new AccountView(user.id().toString(), user.email(), user.displayName(), user.role().name(),
                    user.organizationId() == null ? null : user.organizationId().toString(), user.isEmailConfirmed(), user.hasTwoFactor(),
                    recoveryCodesLeft, sessions);
        }
    }
}
