package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

/** A member's own organisation: details, compliance profile, members. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/my/organization")
class MyOrganizationController {

    static final String VIEW = "organization/mine";
    static final URI SAVED = URI.create("/my/organization?notice=saved");

    private final OrganizationService organizations;
    private final ComplianceProfileService compliance;
    private final AccountService accounts;
    private final PageContextFactory pages;
    private final Clock clock;

    MyOrganizationController(OrganizationService organizations, ComplianceProfileService compliance, AccountService accounts, PageContextFactory pages,
                             Clock clock) {
        this.organizations = organizations;
        this.compliance = compliance;
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        return HttpResponse.ok(view(stored(request, Actors.member(authentication))));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveDetails(HttpRequest<?> request, Authentication authentication, @Body DetailsForm form) {
        Actor actor = Actors.member(authentication);
        try {
            organizations.update(actor, actor.organizationId(), form.details());
            return HttpResponse.seeOther(SAVED);
        } catch (Conflict e) {
            MyOrganizationPage page = stored(request, actor);
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(page.withDetails(form.atVersion(page.organization().version()),
                    FormErrors.stale(page.context().messages()))));
        } catch (InvalidInput e) {
            MyOrganizationPage page = stored(request, actor);
            return HttpResponse.badRequest(view(page.withDetails(form, FormErrors.of(e, page.context().messages(), field -> field))));
        }
    }

    @Post(uri = "/compliance", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveCompliance(HttpRequest<?> request, Authentication authentication, @Body ComplianceForm form) {
        Actor actor = Actors.member(authentication);
        try {
            compliance.updateProfile(actor, actor.organizationId(), form.input());
            return HttpResponse.seeOther(URI.create(SAVED + "#compliance"));
        } catch (Conflict e) {
            MyOrganizationPage page = stored(request, actor);
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(page.withCompliance(form.atVersion(page.profile().version()),
                    FormErrors.stale(page.context().messages()))));
        } catch (InvalidInput e) {
            MyOrganizationPage page = stored(request, actor);
            return HttpResponse.badRequest(view(page.withCompliance(form, FormErrors.of(e, page.context().messages(), field -> field))));
        }
    }

    @Post(uri = "/members", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> addMember(HttpRequest<?> request, Authentication authentication, @Body MemberForm form) {
        Actor actor = Actors.member(authentication);
        try {
            accounts.addMember(actor, actor.organizationId(), form.user());
            return HttpResponse.seeOther(URI.create(SAVED + "#members"));
        } catch (InvalidInput e) {
            MyOrganizationPage page = stored(request, actor);
            return HttpResponse.badRequest(view(page.withMember(new MemberForm(null, form.displayName(), form.email(), null),
                    FormErrors.of(e, page.context().messages(), field -> field))));
        }
    }

    /** The page with every form showing what is stored; a refused form then replaces its own section. */
    private MyOrganizationPage stored(HttpRequest<?> request, Actor actor) {
        Organization organization = organizations.get(actor, actor.organizationId());
        ComplianceProfile profile = compliance.profile(actor, actor.organizationId());
        return new MyOrganizationPage(pages.of(request), organization, DetailsForm.of(organization), FormErrors.none(), ComplianceForm.of(profile),
                FormErrors.none(), profile, accounts.membersOf(organization.id()), MemberForm.empty(), FormErrors.none(), LocalDate.now(clock));
    }

    private static Object view(MyOrganizationPage page) {
        return Pages.view(VIEW, page);
    }
}
