package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.negativelist.ListComparison;
import dev.bridgehead.marketplace.negativelist.ListCsv;
import dev.bridgehead.marketplace.negativelist.ListInput;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Shanghai's negative lists: anyone reads them, staff import versions (JSON or CSV) and switch them. */
@Tag(name = "compliance")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/compliance/lists")
class ListsApi {

    private final NegativeLists lists;
    private final Clock clock;

    ListsApi(NegativeLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Operation(summary = "Every negative list at its current version, with its scenarios and items")
    @Get
    PageView<ListView> all() {
        List<ListView> views = lists.all().stream().map(list -> ListView.of(list, LocalDate.now(clock))).toList();
        return new PageView<>(views.size(), 1, Math.max(views.size(), 1), views, false);
    }

    @Operation(summary = "A negative list at its current version, or at an earlier one with ?version=")
    @Get("/{code}")
    ListView get(String code, @Nullable @QueryValue Integer version) {
        NegativeList list = (version == null ? lists.current(code) : lists.version(code, version))
                .orElseThrow(() -> new NotFound("Negative list " + code + (version == null ? "" : " version " + version)));
        return ListView.of(list, LocalDate.now(clock));
    }

    @Operation(summary = "The versions of a list: when each was imported, by whom, with what note")
    @Get("/{code}/versions")
    List<VersionView> versions(String code) {
        List<NegativeLists.Imported> history = lists.history(code);
        if (history.isEmpty()) {
            throw new NotFound("Negative list " + code);
        }
        return history.stream().map(VersionView::of).toList();
    }

    @Operation(summary = "Two versions of a list compared scenario by scenario and item by item")
    @Get("/{code}/compare")
    ListComparison compare(String code, @QueryValue int from, @QueryValue int to) {
        dev.bridgehead.marketplace.failure.InputCheck check = new dev.bridgehead.marketplace.failure.InputCheck();
        check.range("from", (long) from, 1, Integer.MAX_VALUE).range("to", (long) to, 1, Integer.MAX_VALUE).throwIfInvalid();
        return lists.compare(code, from, to);
    }

    @Operation(summary = "The list's scenarios and items as CSV (the import format)")
    @Get(value = "/{code}/csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> csv(String code) {
        NegativeList list = lists.current(code).orElseThrow(() -> new NotFound("Negative list " + code));
        return HttpResponse.ok(ListCsv.write(list)).header("Content-Disposition", "attachment; filename=\"" + code + ".csv\"");
    }

    @Operation(summary = "Staff: import a version of a list (a new version when anything but `enabled` changed), or switch it with only `enabled`")
    @Secured({"STAFF", "ADMIN"})
    @Put("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<ListView> put(String code, @Body ListInput input, Authentication authentication) {
        boolean existed = lists.current(code).isPresent();
        ListView view = ListView.of(lists.put(Actors.of(authentication), code, input), LocalDate.now(clock));
        return existed ? HttpResponse.ok(view) : HttpResponse.created(view, java.net.URI.create("/api/v1/compliance/lists/" + code));
    }

    @Operation(summary = "Staff: import a version's scenarios and items as CSV; the list's facts come as query values or stay as they are")
    @Secured({"STAFF", "ADMIN"})
    @Put("/{code}")
    @Consumes({"text/csv"})
    ListView putCsv(String code, @Body String csv, @Nullable @QueryValue String name, @Nullable @QueryValue String nameZh,
                    @Nullable @QueryValue String area, @Nullable @QueryValue String source, @Nullable @QueryValue String effectiveFrom,
                    @Nullable @QueryValue Integer publishedItemCount, @Nullable @QueryValue Boolean enabled, @Nullable @QueryValue String note,
                    @Nullable @QueryValue Integer version, Authentication authentication) {
        ListCsv.Rows rows = ListCsv.parse(csv);
        ListInput input = new ListInput(code, name, nameZh, area, source, effectiveFrom, enabled, publishedItemCount, rows.scenarios(), rows.items(),
                note, version).withFactsOf(lists.current(code).orElse(null));
        return ListView.of(rows.lines(() -> lists.put(Actors.of(authentication), code, input)), LocalDate.now(clock));
    }

    /**
     * A list as the API shows it.
     *
     * @param inForce         switched on and its effective day reached
     * @param itemsIncomplete the published text has more items than Bridgehead holds: a flow naming none of the items here may
     *                        still carry one of the others, which the exporter must check against the published list
     */
    @Serdeable
    record ListView(String code, int version, String name, String nameZh, String area, List<String> covers, String source, LocalDate effectiveFrom,
                    boolean enabled, boolean inForce, @Nullable Integer publishedItemCount, boolean itemsIncomplete, List<ScenarioView> scenarios,
                    List<ItemView> items) {

        static ListView of(NegativeList list, LocalDate today) {
            return new ListView(list.code(), list.version(), list.name(), list.nameZh(), list.area().name(),
                    list.area().covered().stream().map(Enum::name).toList(),
                    list.source(), list.effectiveFrom(), list.enabled(), list.enabled() && !today.isBefore(list.effectiveFrom()),
                    list.publishedItemCount(), list.publishedItemCount() != null && list.publishedItemCount() > list.items().size(),
                    list.scenarios().stream().map(s -> new ScenarioView(s.code(), s.sector(), s.name(), s.nameZh(), s.source(),
                            list.itemsOf(s.code()).size())).toList(),
                    list.items().stream().map(i -> new ItemView(i.id(), i.scenario(), i.name(), i.nameZh(), i.kind().name(), i.mechanism().name(),
                            i.fromSubjects(), i.source())).toList());
        }
    }

    @Serdeable
    record ScenarioView(String code, String sector, String name, String nameZh, @Nullable String source, int itemCount) {
    }

    @Serdeable
    record ItemView(String id, String scenario, String name, String nameZh, String kind, String mechanism, @Nullable Long fromSubjects,
                    @Nullable String source) {
    }

    @Serdeable
    record VersionView(int version, Instant importedAt, @Nullable String importedBy, @Nullable String note, int scenarios, int items) {
        static VersionView of(NegativeLists.Imported imported) {
            return new VersionView(imported.version(), imported.importedAt(), imported.importedBy() == null ? null : Views.idOf(imported.importedBy()),
                    imported.note(), imported.scenarios(), imported.items());
        }
    }
}
