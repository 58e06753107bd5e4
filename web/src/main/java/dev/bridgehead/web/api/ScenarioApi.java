package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.web.api.Views.ScenarioView;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

@Tag(name = "scenarios")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/scenarios")
class ScenarioApi {

    private final ScenarioService scenarios;

    ScenarioApi(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Operation(summary = "Cooperation scenarios")
    @Get
    PageView<ScenarioView> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        Paging paging = Paging.of(page, size);
        return PageView.of(scenarios.list(paging.index(), paging.size()), ScenarioView::of);
    }

    @Operation(summary = "A cooperation scenario")
    @Get("/{id}")
    ScenarioView get(long id) {
        return ScenarioView.of(scenarios.get(id));
    }

    @Operation(summary = "Staff: create a scenario")
    @Secured({"STAFF", "ADMIN"})
    @Post
    HttpResponse<ScenarioView> create(@Body ScenarioInput input, Authentication authentication) {
        Scenario scenario = scenarios.create(Actors.of(authentication), input);
        return HttpResponse.created(ScenarioView.of(scenario), URI.create("/api/v1/scenarios/" + scenario.id()));
    }

    @Operation(summary = "Staff: change a scenario; carries the version it was read at")
    @Secured({"STAFF", "ADMIN"})
    @Put("/{id}")
    ScenarioView update(long id, @Body ScenarioInput input, Authentication authentication) {
        return ScenarioView.of(scenarios.update(Actors.of(authentication), id, input));
    }
}
