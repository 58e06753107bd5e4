package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.SignIn;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;

/**
 * Signing in and out. A right password starts a recorded session and sets its signed cookie, or,
 * for an account with two-factor sign-in, asks for the code first; an unconfirmed address is told
 * so (only after the right password) with a way to get the link again. Signing out ends the session
 * for good, on every node.
 */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
class SignInController {

    static final String PATH = "/login";
    static final String CODE_PATH = "/login/code";
    static final String SIGN_OUT_PATH = "/logout";
    static final String VIEW = "security/signin";

    private final AccountService accounts;
    private final Sessions sessions;
    private final SessionStarter starter;
    private final PageContextFactory pages;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final ClientAddresses addresses;

    SignInController(AccountService accounts, Sessions sessions, SessionStarter starter, PageContextFactory pages,
                     LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                     LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler, ClientAddresses addresses) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.starter = starter;
        this.pages = pages;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.addresses = addresses;
    }

    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(VIEW, SignInPage.first(pages.of(request), null, null, null)));
    }

    @Post(uri = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        try {
            return answer(request, form, accounts.signIn(form.email(), form.password(), null, addresses.of(request)));
        } catch (TooManyRequests e) {
            return throttled(request, form.email(), e);
        }
    }

    @Post(uri = CODE_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> code(HttpRequest<?> request, @Body SignInForm form) {
        try {
            String challenge = form.challenge() == null ? "" : form.challenge();
            return answer(request, form, accounts.completeSignIn(challenge, form.code() == null ? "" : form.code(), addresses.of(request)));
        } catch (TooManyRequests e) {
            return throttled(request, null, e);
        }
    }

    private HttpResponse<?> answer(HttpRequest<?> request, SignInForm form, SignIn result) {
        return switch (result.outcome()) {
            case SIGNED_IN -> loginHandler.loginSuccess(starter.start(result.user(), request), request);
            case EMAIL_UNCONFIRMED -> HttpResponse.status(HttpStatus.FORBIDDEN).body(Pages.view(VIEW,
                    new SignInPage(pages.of(request), result.user().email(), "signin.unconfirmed", null, null, true)));
            case SECOND_FACTOR -> HttpResponse.ok(Pages.view(VIEW, new SignInPage(pages.of(request), null, null, null, result.challenge(), false)));
            case WRONG_CODE -> result.challenge() == null
                    ? failed(request, form.email(), HttpStatus.UNAUTHORIZED, "signin.failed", null)
                    : HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Pages.view(VIEW,
                            new SignInPage(pages.of(request), null, "signin.wrongCode", null, result.challenge(), false)));
            case WRONG -> form.challenge() != null
                    ? failed(request, null, HttpStatus.UNAUTHORIZED, "signin.challengeOver", null)
                    : failed(request, form.email(), HttpStatus.UNAUTHORIZED, "signin.failed", null);
        };
    }

    /** Signing out ends the session for good and clears the cookie; a form post, so it carries the CSRF token like any other. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(uri = SIGN_OUT_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable Authentication authentication, @Body Map<String, String> form) {
        String session = Actors.sessionOf(authentication);
        if (session != null) {
            sessions.end(session);
        }
        return logoutHandler.logout(request);
    }

    /** Refused for a while: how long, in seconds when it is under a minute. */
    private HttpResponse<?> throttled(HttpRequest<?> request, @Nullable String email, TooManyRequests e) {
        long seconds = e.retryAfterSeconds();
        HttpResponse<?> page = seconds < 60 ? failed(request, email, HttpStatus.TOO_MANY_REQUESTS, "signin.throttledSeconds", seconds)
                : failed(request, email, HttpStatus.TOO_MANY_REQUESTS, "signin.throttled", e.retryAfterMinutes());
        return ((MutableHttpResponse<?>) page).header("Retry-After", Long.toString(seconds));
    }

    private HttpResponse<?> failed(HttpRequest<?> request, @Nullable String email, HttpStatus status, String key, Object argument) {
        String kept = email == null ? null : email.strip();
        return HttpResponse.status(status).body(Pages.view(VIEW, SignInPage.first(pages.of(request), kept, key,
                argument == null ? null : argument.toString())));
    }
}
