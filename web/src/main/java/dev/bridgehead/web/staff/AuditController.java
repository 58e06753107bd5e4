package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditQuery;
import dev.bridgehead.marketplace.audit.AuditSearch;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.page.Csv;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.page.TypedFilter;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The audit log for staff: searched on the page, exported as CSV with the same filter. */
@Hidden
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff")
class AuditController {

    static final String VIEW = "staff/audit";

    private final AuditSearch audit;
    private final AccountService accounts;
    private final PageContextFactory pages;

    AuditController(AuditSearch audit, AccountService accounts, PageContextFactory pages) {
        this.audit = audit;
        this.accounts = accounts;
        this.pages = pages;
    }

    @Get(uri = "/audit", produces = MediaType.TEXT_HTML)
    HttpResponse<?> audit(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Actor actor = Actors.of(authentication);
        PageContext context = pages.of(request);
        TypedFilter typed = TypedFilter.of(request, AuditPage.FILTERS, Map.of());
        AuditQuery query;
        try {
            query = parse(typed);
            audit.checkActor(query);
        } catch (InvalidInput refused) {
            // The log stays readable; the field says what is wrong with the filter.
            typed = typed.refused(FormErrors.of(refused, context.messages(), field -> field));
            query = AuditQuery.everything();
        }
        Paging paging = Paging.of(page, 50);
        Page<AuditEntry> found = audit.search(actor, query, paging.index(), paging.size());
        Set<Long> actorIds = new HashSet<>();
        found.getContent().forEach(entry -> {
            if (entry.actorId() != null) {
                actorIds.add(entry.actorId());
            }
        });
        return HttpResponse.ok(Pages.view(VIEW, new AuditPage(context, typed, found.getContent(), accounts.namesOf(actorIds),
                audit.actions(actor), found.getTotalSize(), paging.page(), Math.max(1, found.getTotalPages()))));
    }

    /** The entries the filter finds, newest first, as CSV; a refused filter is a 400 naming the field. */
    @Get(uri = "/audit.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> csv(HttpRequest<?> request, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        AuditQuery query = parse(TypedFilter.of(request, AuditPage.FILTERS, Map.of()));
        audit.checkActor(query);
        List<AuditEntry> entries = new ArrayList<>();
        audit.export(actor, query, entries::add);
        Set<Long> actorIds = new HashSet<>();
        entries.forEach(entry -> {
            if (entry.actorId() != null) {
                actorIds.add(entry.actorId());
            }
        });
        Map<Long, String> names = accounts.namesOf(actorIds);
        Csv csv = new Csv().row("id", "at", "actor_id", "actor", "action", "subject_type", "subject_id", "note", "changes");
        entries.forEach(e -> csv.row(e.id(), e.at().toString(), e.actorId(), e.actorId() == null ? "" : names.get(e.actorId()), e.action(),
                e.subjectType(), e.subjectId(), e.note(), AuditPage.changesText(e)));
        return HttpResponse.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"bridgehead-audit-log.csv\"");
    }

    private static AuditQuery parse(TypedFilter typed) {
        return AuditQuery.parse(typed.get("subjectType"), typed.get("subjectId"), typed.get("actorEmail"), typed.get("action"), typed.get("text"),
                typed.get("from"), typed.get("until"));
    }
}
