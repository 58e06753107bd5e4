package dev.bridgehead.web.account;

import dev.bridgehead.marketplace.account.AccountService;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * A firm registers its organisation and its first member; the page then says to check the inbox
 * (whether or not the address already had an account: the e-mail tells its owner which).
 */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class RegistrationController {

    static final String PATH = "/register";
    static final String VIEW = "account/register";
    static final String AFTER = "/account/registered";

    private final AccountService accounts;
    private final PageContextFactory pages;
    private final ClientAddresses addresses;

    RegistrationController(AccountService accounts, PageContextFactory pages, ClientAddresses addresses) {
        this.accounts = accounts;
        this.pages = pages;
        this.addresses = addresses;
    }

    @Get(uri = PATH, produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view(VIEW, new RegistrationPage(pages.of(request), RegistrationForm.empty(), FormErrors.none())));
    }

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Post(uri = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> register(HttpRequest<?> request, @Body RegistrationForm form) {
        try {
            accounts.register(form.registration(), addresses.of(request));
            return HttpResponse.seeOther(java.net.URI.create(AFTER));
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(Pages.view(AccountLinksController.NOTICE,
                    new AccountNoticePage(pages.of(request), "register.title", "account.tooMany", null, null)));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            RegistrationForm kept = new RegistrationForm(null, form.name(), form.nameZh(), form.jurisdiction(), form.sectors(), form.website(),
                    form.size(), form.description(), form.descriptionZh(), form.registryId(), form.registrationArea(), form.displayName(), form.email(),
                    null);
            return HttpResponse.badRequest(Pages.view(VIEW, new RegistrationPage(context, kept,
                    FormErrors.of(e, context.messages(), RegistrationForm::fieldOf))));
        }
    }
}
