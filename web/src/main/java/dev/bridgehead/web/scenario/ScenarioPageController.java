package dev.bridgehead.web.scenario;

import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioService;
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
import java.util.List;

/** Scenarios for everyone to read, and for staff to write. */
@Hidden
@CsrfProtected
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
class ScenarioPageController {

    static final int PARK_TARGET = 50;
    static final int SHOWN = 100;

    private final ScenarioService scenarios;
    private final PageContextFactory pages;
    private final dev.bridgehead.marketplace.negativelist.NegativeLists lists;

    ScenarioPageController(ScenarioService scenarios, PageContextFactory pages, dev.bridgehead.marketplace.negativelist.NegativeLists lists) {
        this.lists = lists;
        this.scenarios = scenarios;
        this.pages = pages;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(uri = "/scenarios", produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request) {
        var page = scenarios.list(0, SHOWN);
        return HttpResponse.ok(Pages.view("scenario/list", new ScenariosPage(pages.of(request), page.getContent(), page.getTotalSize(), PARK_TARGET)));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(uri = "/scenarios/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, long id) {
        Scenario scenario = scenarios.get(id);
        return HttpResponse.ok(Pages.view("scenario/show", new ScenariosPage(pages.of(request), List.of(scenario), 1, PARK_TARGET)));
    }

    @Secured({"STAFF", "ADMIN"})
    @Get(uri = "/staff/scenarios/new", produces = MediaType.TEXT_HTML)
    HttpResponse<?> newForm(HttpRequest<?> request) {
        return HttpResponse.ok(Pages.view("scenario/form", new ScenarioFormPage(pages.of(request), null, ScenarioForm.empty(), FormErrors.none(),
                lists.all())));
    }

    @Secured({"STAFF", "ADMIN"})
    @Get(uri = "/staff/scenarios/{id}/edit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> editForm(HttpRequest<?> request, long id) {
        return HttpResponse.ok(Pages.view("scenario/form", new ScenarioFormPage(pages.of(request), id, ScenarioForm.of(scenarios.get(id)),
                FormErrors.none(), lists.all())));
    }

    @Secured({"STAFF", "ADMIN"})
    @Post(uri = "/staff/scenarios", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body ScenarioForm form) {
        try {
            Scenario scenario = scenarios.create(Actors.of(authentication), form.input());
            return HttpResponse.seeOther(URI.create("/scenarios/" + scenario.id() + "?notice=created"));
        } catch (InvalidInput e) {
            return refused(request, null, form, e);
        }
    }

    @Secured({"STAFF", "ADMIN"})
    @Post(uri = "/staff/scenarios/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, long id, @Body ScenarioForm form) {
        try {
            scenarios.update(Actors.of(authentication), id, form.input());
            return HttpResponse.seeOther(URI.create("/scenarios/" + id + "?notice=saved"));
        } catch (InvalidInput e) {
            return refused(request, id, form, e);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Long id, ScenarioForm form, InvalidInput e) {
        PageContext context = pages.of(request);
        return HttpResponse.badRequest(Pages.view("scenario/form", new ScenarioFormPage(context, id, form,
                FormErrors.of(e, context.messages(), ScenarioForm::fieldOf), lists.all())));
    }
}
