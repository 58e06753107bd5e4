package dev.bridgehead.web.security;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;

/** Signing in and out: a signed session cookie on success, the form again with the reason on failure. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class SignInController {

    static final String PATH = "/login";
    static final String SIGN_OUT_PATH = "/logout";
    static final String VIEW = "security/signin";

    private final AccountService accounts;
    private final PageContextFactory pages;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final HttpClientAddressResolver addresses;

    SignInController(AccountService accounts, PageContextFactory pages, LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                     LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler, HttpClientAddressResolver addresses) {
        this.accounts = accounts;
        this.pages = pages;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.addresses = addresses;
    }

    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(VIEW, new SignInPage(pages.of(request), null, null, null)));
    }

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(uri = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm form) {
        try {
            Optional<Actor> actor = accounts.signIn(form.email(), form.password(), addresses.resolve(request));
            if (actor.isPresent()) {
                Authentication authentication = Actors.authentication(actor.get());
                return loginHandler.loginSuccess(authentication, request);
            }
            return failed(request, form, HttpStatus.UNAUTHORIZED, "signin.failed", null);
        } catch (TooManyRequests e) {
            return failed(request, form, HttpStatus.TOO_MANY_REQUESTS, "signin.throttled", e.retryAfter().toMinutes() + 1);
        }
    }

    /** Signing out clears the session cookie; a form post, so it carries the CSRF token like any other. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(uri = SIGN_OUT_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
        return logoutHandler.logout(request);
    }

    private HttpResponse<?> failed(HttpRequest<?> request, SignInForm form, HttpStatus status, String key, Object argument) {
        String email = form.email() == null ? null : form.email().strip();
        return HttpResponse.status(status).body(Pages.view(VIEW, new SignInPage(pages.of(request), email, key,
                argument == null ? null : argument.toString())));
    }
}
