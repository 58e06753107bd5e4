package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.matching.NeedMatches;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;

/** A seeker's needs: the list, the form that explains each field, and each need with its ranked partners. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/my/needs")
class NeedsController {

    static final int ALL_SCENARIOS = 100;

    private final NeedService needs;
    private final MatchingService matching;
    private final ScenarioService scenarios;
    private final Explanations explanations;
    private final PageContextFactory pages;
    private final NegativeLists lists;
    private final OrganizationService organizations;

    NeedsController(NeedService needs, MatchingService matching, ScenarioService scenarios, Explanations explanations, PageContextFactory pages,
                    NegativeLists lists, OrganizationService organizations) {
        this.lists = lists;
        this.organizations = organizations;
        this.needs = needs;
        this.matching = matching;
        this.scenarios = scenarios;
        this.explanations = explanations;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> mine(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Actor actor = Actors.member(authentication);
        Paging paging = Paging.of(page, 20);
        Page<Need> found = needs.ofOrganization(actor, actor.organizationId(), paging.index(), paging.size());
        return HttpResponse.ok(Pages.view("matching/needs", new NeedsPage(pages.of(request), found.getContent(), found.getTotalSize(),
                paging.page(), Math.max(1, found.getTotalPages()))));
    }

    @Get(uri = "/new", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newForm(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Long scenario) {
        Actor actor = Actors.member(authentication);
        NeedForm start = scenario == null ? NeedForm.empty() : NeedForm.forScenario(scenarios.get(scenario));
        return HttpResponse.ok(form(pages.of(request), actor, null, start, FormErrors.none()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body NeedForm form) {
        Actor actor = Actors.member(authentication);
        try {
            Need need = needs.create(actor, form.input());
            return HttpResponse.seeOther(URI.create("/my/needs/" + need.id() + "?notice=needPosted"));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(form(context, actor, null, form, FormErrors.of(e, context.messages(), NeedForm::fieldOf)));
        }
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, long id) {
        NeedMatches found = matching.matchesOf(Actors.of(authentication), id);
        PageContext context = pages.of(request);
        return HttpResponse.ok(Pages.view("matching/need", new NeedPage(context, found.need(), explanations.rows(context, found.items()),
                explanations.nearMisses(context, found.nearMisses()), found.run(), explanations.text(context, explanations.ruleBook().disclaimer()))));
    }

    @Get(uri = "/{id}/edit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> editForm(HttpRequest<?> request, Authentication authentication, long id) {
        Actor actor = Actors.of(authentication);
        Need need = needs.get(actor, id);
        return HttpResponse.ok(form(pages.of(request), actor, id, NeedForm.of(need), FormErrors.none()));
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, long id, @Body NeedForm form) {
        Actor actor = Actors.of(authentication);
        try {
            needs.update(actor, id, form.input());
            return HttpResponse.seeOther(URI.create("/my/needs/" + id + "?notice=saved"));
        } catch (Conflict e) {
            PageContext context = pages.of(request);
            Need current = needs.get(actor, id);
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(context, actor, id, form.atVersion(current.version()),
                    FormErrors.stale(context.messages())));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(form(context, actor, id, form, FormErrors.of(e, context.messages(), NeedForm::fieldOf)));
        }
    }

    @Post(uri = "/{id}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> close(Authentication authentication, long id, @Body Map<String, String> form) {
        needs.close(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/my/needs/" + id + "?notice=needClosed"));
    }

    @Post(uri = "/{id}/rematch", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rematch(Authentication authentication, long id, @Body Map<String, String> form) {
        matching.rematch(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/my/needs/" + id + "?notice=rematched"));
    }

    private Object form(PageContext context, Actor actor, Long id, NeedForm form, FormErrors errors) {
        // The seeker exports in most needs: offer the lists of its registration area (every list when it has none on record).
        dev.bridgehead.marketplace.organization.RegistrationArea area = actor.organizationId() == null ? null
                : organizations.get(actor, actor.organizationId()).registrationArea();
        return Pages.view("matching/need-form", new NeedFormPage(context, id, form, errors, scenarios.list(0, ALL_SCENARIOS).getContent(),
                ListPicker.of(context, lists.offeredTo(area), form.listScenario(), form.listedItems())));
    }
}
