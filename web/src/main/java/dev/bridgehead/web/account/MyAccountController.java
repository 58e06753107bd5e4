package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.TwoFactor;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.ClientAddresses;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;

/**
 * One's own account: change the password (the other sessions end), see and end the sessions signed
 * in elsewhere, and switch on two-factor sign-in (QR code, first code, recovery codes shown once).
 */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/my/account")
class MyAccountController {

    static final String VIEW = "account/mine";

    private final AccountService accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final PageContextFactory pages;
    private final ClientAddresses addresses;

    MyAccountController(AccountService accounts, Sessions sessions, TwoFactor twoFactor, PageContextFactory pages, ClientAddresses addresses) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.pages = pages;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        return HttpResponse.ok(page(request, authentication, List.of(), FormErrors.none(), FormErrors.none()));
    }

    @Post(uri = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> changePassword(HttpRequest<?> request, Authentication authentication, @Body MyAccountForm form) {
        try {
            accounts.changePassword(Actors.of(authentication), form.currentPassword(), form.password(), Actors.sessionOf(authentication),
                    addresses.of(request));
            return HttpResponse.seeOther(URI.create("/my/account?notice=passwordChanged"));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(page(request, authentication, List.of(), FormErrors.of(e, context.messages(), field -> field), FormErrors.none()));
        } catch (TooManyRequests e) {
            PageContext context = pages.of(request);
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(request, authentication, List.of(),
                    FormErrors.single("currentPassword", context.t("signin.throttled", e.retryAfterMinutes())), FormErrors.none()));
        }
    }

    @Post(uri = "/sessions/end-others", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> endOthers(Authentication authentication, @Body MyAccountForm form) {
        sessions.endOthersByOwner(Actors.of(authentication), Actors.sessionOf(authentication));
        return HttpResponse.seeOther(URI.create("/my/account?notice=sessionsEnded"));
    }

    @Post(uri = "/two-factor/begin", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> begin(HttpRequest<?> request, Authentication authentication, @Body MyAccountForm form) {
        return withCode(request, authentication, () -> {
            twoFactor.begin(Actors.of(authentication), form.confirmPassword(), addresses.of(request));
            return List.of();
        }, codes -> HttpResponse.seeOther(URI.create("/my/account#two-factor")));
    }

    @Post(uri = "/two-factor/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, Authentication authentication, @Body MyAccountForm form) {
        return withCode(request, authentication, () -> twoFactor.confirm(Actors.of(authentication), form.code()), null);
    }

    @Post(uri = "/two-factor/recovery-codes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> renew(HttpRequest<?> request, Authentication authentication, @Body MyAccountForm form) {
        return withCode(request, authentication, () -> twoFactor.renewRecoveryCodes(Actors.of(authentication), form.confirmPassword(), form.code(),
                addresses.of(request)), null);
    }

    @Post(uri = "/two-factor/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> disable(HttpRequest<?> request, Authentication authentication, @Body MyAccountForm form) {
        return withCode(request, authentication, () -> {
            twoFactor.disable(Actors.of(authentication), form.confirmPassword(), form.code(), addresses.of(request));
            return List.of();
        }, null);
    }

    /**
     * Runs a two-factor step; answers with {@code done} when given, else the page with the recovery
     * codes the step made (shown this once); a refusal shows the page with its reason.
     */
    private HttpResponse<?> withCode(HttpRequest<?> request, Authentication authentication, java.util.function.Supplier<List<String>> step,
                                     @Nullable java.util.function.Function<List<String>, HttpResponse<?>> done) {
        PageContext context = pages.of(request);
        try {
            List<String> recoveryCodes = step.get();
            return done != null ? done.apply(recoveryCodes)
                    : HttpResponse.ok(page(request, authentication, recoveryCodes, FormErrors.none(), FormErrors.none()));
        } catch (InvalidInput e) {
            return HttpResponse.badRequest(page(request, authentication, List.of(), FormErrors.none(),
                    FormErrors.of(e, context.messages(), field -> field.equals("currentPassword") ? "confirmPassword" : field)));
        } catch (Conflict e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(request, authentication, List.of(), FormErrors.none(),
                    FormErrors.single("code", context.t("account.twoFactor.conflict"))));
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(request, authentication, List.of(), FormErrors.none(),
                    FormErrors.single("code", context.t("signin.throttled", e.retryAfterMinutes()))));
        }
    }

    private Object page(HttpRequest<?> request, Authentication authentication, List<String> recoveryCodes, FormErrors passwordErrors,
                        FormErrors twoFactorErrors) {
        Actor actor = Actors.of(authentication);
        User user = accounts.get(actor.userId());
        TwoFactor.Enrolment enrolment = twoFactor.pending(actor).orElse(null);
        @Nullable String qr = enrolment == null ? null : QrCodes.svg(enrolment.uri());
        return Pages.view(VIEW, new MyAccountPage(pages.of(request), user, sessions.activeOf(user.id()), Actors.sessionOf(authentication),
                twoFactor.recoveryCodesLeft(user.id()), enrolment, qr, recoveryCodes, passwordErrors, twoFactorErrors));
    }
}
