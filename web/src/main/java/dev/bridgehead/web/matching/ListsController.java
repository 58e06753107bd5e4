package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.compliance.NegativeList;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.negativelist.ListComparison;
import dev.bridgehead.marketplace.negativelist.ListCsv;
import dev.bridgehead.marketplace.negativelist.ListInput;
import dev.bridgehead.marketplace.negativelist.NegativeLists;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The negative lists for everyone, in both languages; staff import versions (JSON or CSV), switch lists and compare versions. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/compliance/lists")
public class ListsController {

    private final NegativeLists lists;
    private final PageContextFactory pages;
    private final ObjectMapper json;
    private final Clock clock;

    ListsController(NegativeLists lists, PageContextFactory pages, ObjectMapper json, Clock clock) {
        this.lists = lists;
        this.pages = pages;
        this.json = json;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> all(HttpRequest<?> request) {
        return HttpResponse.ok(page(pages.of(request), ImportForm.empty(), FormErrors.none()));
    }

    @Get(uri = "/{code}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> versions(HttpRequest<?> request, String code, @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to) {
        NegativeList list = lists.current(code).orElseThrow(() -> new NotFound("Negative list " + code));
        List<NegativeLists.Imported> history = lists.history(code);
        ListComparison comparison = from != null && to != null ? lists.compare(code, from, to) : null;
        return HttpResponse.ok(Pages.view("matching/list-versions", new ListVersionsPage(pages.of(request), list, history, comparison)));
    }

    @Secured({"STAFF", "ADMIN"})
    @Post(uri = "/{code}/switch", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> switchList(Authentication authentication, String code, @Body Map<String, String> form) {
        Boolean on = switchOf(form.get("state"));
        if (on == null) {
            throw InvalidInput.of("state", "required", "must be on or off");
        }
        Integer version = number("version", form.get("version"));
        lists.setEnabled(Actors.of(authentication), code, on, version, form.get("note"));
        return HttpResponse.seeOther(URI.create("/compliance/lists?notice=" + (on ? "listOn" : "listOff")));
    }

    @Secured({"STAFF", "ADMIN"})
    @Post(uri = "/import", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> importList(HttpRequest<?> request, Authentication authentication, @Body ImportForm form) {
        PageContext context = pages.of(request);
        try {
            String code = form.code() == null ? "" : form.code().strip();
            NegativeList saved = importList(Actors.of(authentication), code, form);
            return HttpResponse.seeOther(URI.create("/compliance/lists/" + URLEncoder.encode(saved.code(), StandardCharsets.UTF_8)
                    + "?notice=listImported"));
        } catch (InvalidInput e) {
            return HttpResponse.badRequest(page(context, form, FormErrors.located(e, context.messages(), FORM_FIELDS)));
        } catch (Conflict e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(context, form, FormErrors.stale(context.messages())));
        }
    }

    /**
     * The typed import: a whole list as JSON, or scenarios and items as CSV with the list's facts from the form (those left
     * empty stay as the current version has them); the switch stays as it is unless the form says on or off.
     */
    private NegativeList importList(dev.bridgehead.marketplace.account.Actor actor, String code, ImportForm form) {
        Integer version = number("version", form.version());
        if ("JSON".equals(form.format())) {
            ListInput parsed;
            try {
                parsed = json.readValue(form.content() == null ? "" : form.content(), ListInput.class);
            } catch (IOException | RuntimeException e) {
                String reason = java.util.Objects.toString(e.getMessage(), "").lines().findFirst().orElse("");
                throw InvalidInput.of("content", "bad-json", "is not a list in JSON: " + reason);
            }
            return lists.put(actor, code, parsed.atVersion(version));
        }
        ListCsv.Rows rows = ListCsv.parse(form.content());
        Boolean enabled = switchOf(form.state());
        ListInput input = new ListInput(null, form.name(), form.nameZh(), form.area(), form.source(), form.effectiveFrom(), enabled,
                number("publishedItemCount", form.publishedItemCount()), rows.scenarios(), rows.items(), form.note(), version)
                .withFactsOf(lists.current(code).orElse(null));
        return rows.lines(() -> lists.put(actor, code, input));
    }

    static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("code", "content", "name", "nameZh", "area", "source", "effectiveFrom",
            "publishedItemCount", "state", "note", "version");

    private static Boolean switchOf(String state) {
        if (state == null || state.isBlank() || "keep".equals(state)) {
            return null;
        }
        if (!"on".equals(state) && !"off".equals(state)) {
            throw InvalidInput.of("state", "unknown-code", "must be on or off");
        }
        return "on".equals(state);
    }

    private static Integer number(String field, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(number.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "not-a-number", "'" + number + "' is not a whole number");
        }
    }

    private Object page(PageContext context, ImportForm form, FormErrors errors) {
        return Pages.view("matching/lists", new ListsPage(context, lists.all(), LocalDate.now(clock), form, errors));
    }

    /** The staff import form. */
    @io.micronaut.serde.annotation.Serdeable
    public record ImportForm(@Nullable String csrfToken, @Nullable String code, @Nullable String format, @Nullable String content,
                      @Nullable String name, @Nullable String nameZh, @Nullable String area, @Nullable String source,
                      @Nullable String effectiveFrom, @Nullable String publishedItemCount, @Nullable String state, @Nullable String note,
                      @Nullable String version) implements dev.bridgehead.web.security.CsrfForm {
        static ImportForm empty() {
            return new ImportForm(null, null, "CSV", String.join(",", ListCsv.COLUMNS) + "\n", null, null, null, null, null, null, "keep", null, null);
        }
    }
}
