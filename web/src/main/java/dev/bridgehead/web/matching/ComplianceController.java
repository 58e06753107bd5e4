package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.matching.ComplianceCheck;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.park.ParkSettings;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Try a flow between two organisations and see the verdict with the rules; read the rule book; staff switch the general list. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/compliance")
class ComplianceController {

    private final ComplianceCheck check;
    private final ComplianceEngine engine;
    private final OrganizationService organizations;
    private final ParkSettings park;
    private final MatchingService matching;
    private final Explanations explanations;
    private final PageContextFactory pages;
    private final NegativeLists lists;

    ComplianceController(ComplianceCheck check, ComplianceEngine engine, OrganizationService organizations, ParkSettings park,
                         MatchingService matching, Explanations explanations, PageContextFactory pages, NegativeLists lists) {
        this.lists = lists;
        this.check = check;
        this.engine = engine;
        this.organizations = organizations;
        this.park = park;
        this.matching = matching;
        this.explanations = explanations;
        this.pages = pages;
    }

    @Get(uri = "/check", produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return HttpResponse.ok(page(pages.of(request), actor, CheckForm.empty(actor.organizationId()), FormErrors.none(), null));
    }

    @Post(uri = "/check", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> run(HttpRequest<?> request, Authentication authentication, @Body CheckForm form) {
        Actor actor = Actors.of(authentication);
        PageContext context = pages.of(request);
        try {
            return HttpResponse.ok(page(context, actor, form, FormErrors.none(), check.check(actor, form.input())));
        } catch (InvalidInput e) {
            return HttpResponse.badRequest(page(context, actor, form, FormErrors.of(e, context.messages(), field -> field), null));
        }
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(uri = "/rules", produces = MediaType.TEXT_HTML)
    HttpResponse<?> rules(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view("matching/rules", new RulesPage(pages.of(request), engine.ruleBook(), park.generalListEnabled())));
    }

    @Post(uri = "/general-list", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> generalList(Authentication authentication, @Body Map<String, String> form) {
        boolean enabled = "on".equals(form.get("state"));
        park.setGeneralList(Actors.of(authentication), enabled, form.get("note"));
        return HttpResponse.seeOther(URI.create("/compliance/rules?notice=" + (enabled ? "generalListOn" : "generalListOff")));
    }

    @Post(uri = "/rematch", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rematchEverything(Authentication authentication, @Body Map<String, String> form) {
        matching.rematchEverything(Actors.of(authentication));
        return HttpResponse.seeOther(URI.create("/compliance/rules?notice=rematchQueued"));
    }

    private Object page(PageContext context, Actor actor, CheckForm form, FormErrors errors, ComplianceCheck.Result result) {
        List<Organization> choices = new ArrayList<>(organizations.verified());
        if (actor.organizationId() != null && choices.stream().noneMatch(o -> o.id().equals(actor.organizationId()))) {
            choices.add(0, organizations.get(actor, actor.organizationId()));
        }
        return Pages.view("matching/check", new CheckPage(context, form, errors, choices, result,
                result == null ? List.of() : explanations.steps(context, result.assessment()),
                result == null ? List.of() : explanations.rules(context, result.assessment()),
                result == null ? List.of() : result.assessment().duties(), explanations.text(context, engine.ruleBook().disclaimer()),
                ListPicker.of(context, listsFor(choices, form.exporterId()), form.listScenario(), form.listedItems())));
    }

    /** The lists that can apply to the exporter chosen: none for a Singapore one, those of its area for a Chinese one, all before a choice. */
    private List<dev.bridgehead.marketplace.compliance.NegativeList> listsFor(List<Organization> choices, String exporterId) {
        Organization exporter = choices.stream().filter(o -> o.id().toString().equals(exporterId)).findFirst().orElse(null);
        if (exporter == null) {
            return lists.offeredTo(null);
        }
        if (exporter.jurisdiction() != dev.bridgehead.marketplace.organization.Jurisdiction.CN || exporter.registrationArea() == null) {
            return List.of();
        }
        return lists.offeredTo(exporter.registrationArea());
    }
}
