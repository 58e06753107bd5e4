package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Role;
import dev.bridgehead.marketplace.account.Sessions;
import dev.bridgehead.marketplace.account.TwoFactor;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Staff look after accounts: vouch for an address, end someone's sessions, reset two-factor sign-in (admins). */
@Hidden
@CsrfProtected
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff/accounts")
class AccountsController {

    static final String VIEW = "staff/accounts";

    private final AccountService accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final PageContextFactory pages;

    AccountsController(AccountService accounts, Sessions sessions, TwoFactor twoFactor, PageContextFactory pages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String email) {
        List<AccountsPage.Found> found = accounts.allWithEmail(email).stream()
                .map(user -> new AccountsPage.Found(user, sessions.activeOf(user.id()).size(),
                        user.organizationId() == null ? null : accounts.organizationName(user)))
                .toList();
        Actor actor = Actors.of(authentication);
        return HttpResponse.ok(Pages.view(VIEW, new AccountsPage(pages.of(request), email, found, actor.role() == Role.ADMIN, actor.userId())));
    }

    @Post(uri = "/vouch", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> vouch(Authentication authentication, @Body AccountsForm form) {
        User user = accounts.vouchForEmail(Actors.of(authentication), userId(form));
        return back(user, "emailVouched");
    }

    @Post(uri = "/end-sessions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> endSessions(Authentication authentication, @Body AccountsForm form) {
        Actor staff = Actors.of(authentication);
        User user = accounts.get(userId(form));
        sessions.endAllByStaff(staff, user.id());
        return back(user, "sessionsEnded");
    }

    @Post(uri = "/reset-two-factor", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetTwoFactor(Authentication authentication, @Body AccountsForm form) {
        User user = accounts.get(userId(form));
        twoFactor.reset(Actors.of(authentication), user.id());
        return back(user, "twoFactorReset");
    }

    private static Long userId(AccountsForm form) {
        if (form.userId() == null) {
            throw new NotFound("User");
        }
        return form.userId();
    }

    private static HttpResponse<?> back(User user, String notice) {
        return HttpResponse.seeOther(URI.create("/staff/accounts?notice=" + notice + "&email=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)));
    }
}
