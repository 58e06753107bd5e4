package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.TooManyRequests;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.ClientAddresses;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/**
 * The pages behind the links Bridgehead e-mails: confirming an address (a button to press, so that
 * a mail scanner following the link confirms nothing), asking for a new link, and resetting a
 * forgotten password. Asking for a link answers alike whether or not the address has an account.
 */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/account")
class AccountLinksController {

    static final String FORM = "account/form";
    static final String NOTICE = "account/notice";

    private final AccountService accounts;
    private final PageContextFactory pages;
    private final ClientAddresses addresses;

    AccountLinksController(AccountService accounts, PageContextFactory pages, ClientAddresses addresses) {
        this.accounts = accounts;
        this.pages = pages;
        this.addresses = addresses;
    }

    @Get(uri = "/registered", produces = MediaType.TEXT_HTML)
    HttpResponse<?> registered(HttpRequest<?> request) {
        return notice(request, HttpStatus.OK, "account.inbox.title", "account.inbox.registered", "/account/resend", "account.resend");
    }

    @Get(uri = "/confirm/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmForm(HttpRequest<?> request, @PathVariable String token) {
        return accounts.pendingConfirmation(token)
                .<HttpResponse<?>>map(pending -> HttpResponse.ok(Pages.view(FORM, new AccountFormPage(pages.of(request), "confirm", token, null,
                        FormErrors.none(), pending))))
                .orElseGet(() -> notice(request, HttpStatus.BAD_REQUEST, "account.linkInvalid.title", "account.linkInvalid.confirm", "/account/resend",
                        "account.resend"));
    }

    @Post(uri = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body AccountForm form) {
        try {
            accounts.confirmEmail(form.token());
            return HttpResponse.seeOther(URI.create("/login?notice=emailConfirmed"));
        } catch (InvalidInput e) {
            return notice(request, HttpStatus.BAD_REQUEST, "account.linkInvalid.title", "account.linkInvalid.confirm", "/account/resend", "account.resend");
        } catch (Conflict e) {
            return notice(request, HttpStatus.CONFLICT, "account.linkInvalid.title", "account.confirm.taken", "/account/reset", "signin.forgot");
        }
    }

    @Get(uri = "/resend", produces = MediaType.TEXT_HTML)
    HttpResponse<?> resendForm(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(FORM, new AccountFormPage(pages.of(request), "resend", null, null, FormErrors.none())));
    }

    @Post(uri = "/resend", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resend(HttpRequest<?> request, @Body AccountForm form) {
        try {
            accounts.resendConfirmation(form.email(), addresses.of(request));
            return notice(request, HttpStatus.OK, "account.inbox.title", "account.inbox.confirm", "/login", "signin.title");
        } catch (TooManyRequests e) {
            return notice(request, HttpStatus.TOO_MANY_REQUESTS, "account.inbox.title", "account.tooMany", null, null);
        }
    }

    @Get(uri = "/reset", produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetRequestForm(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(FORM, new AccountFormPage(pages.of(request), "reset-request", null, null, FormErrors.none())));
    }

    @Post(uri = "/reset-request", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetRequest(HttpRequest<?> request, @Body AccountForm form) {
        try {
            accounts.requestPasswordReset(form.email(), addresses.of(request));
            return notice(request, HttpStatus.OK, "account.inbox.title", "account.inbox.reset", "/login", "signin.title");
        } catch (TooManyRequests e) {
            return notice(request, HttpStatus.TOO_MANY_REQUESTS, "account.inbox.title", "account.tooMany", null, null);
        }
    }

    @Get(uri = "/reset/{token}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetForm(HttpRequest<?> request, @PathVariable String token) {
        if (!accounts.isResetLinkValid(token)) {
            return notice(request, HttpStatus.BAD_REQUEST, "account.linkInvalid.title", "account.linkInvalid.reset", "/account/reset", "account.reset-request.title");
        }
        return HttpResponse.ok(Pages.view(FORM, new AccountFormPage(pages.of(request), "reset", token, null, FormErrors.none())));
    }

    @Post(uri = "/reset/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reset(HttpRequest<?> request, @PathVariable String token, @Body AccountForm form) {
        PageContext context = pages.of(request);
        try {
            accounts.resetPassword(token, form.password());
            return HttpResponse.seeOther(URI.create("/login?notice=passwordReset"));
        } catch (InvalidInput e) {
            if (e.errors().stream().anyMatch(error -> error.field().equals("token"))) {
                return notice(request, HttpStatus.BAD_REQUEST, "account.linkInvalid.title", "account.linkInvalid.reset", "/account/reset",
                        "account.reset-request.title");
            }
            return HttpResponse.badRequest(Pages.view(FORM, new AccountFormPage(context, "reset", token, null,
                    FormErrors.of(e, context.messages(), field -> field))));
        }
    }

    private HttpResponse<?> notice(HttpRequest<?> request, HttpStatus status, String title, String text, String link, String linkKey) {
        return HttpResponse.status(status).body(Pages.view(NOTICE, new AccountNoticePage(pages.of(request), title, text, link, linkKey)));
    }
}
