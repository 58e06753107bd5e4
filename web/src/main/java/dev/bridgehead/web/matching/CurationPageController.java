package dev.bridgehead.web.matching;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.curation.MatchAction;
import dev.bridgehead.marketplace.curation.Notification;
import dev.bridgehead.marketplace.curation.QueueFilter;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.web.api.Paging;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.page.TypedFilter;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfProtected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Staff's curation queue with bulk decisions, a match's decisions and progress reports, and the organisations' inbox. */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
class CurationPageController {

    private static final java.util.regex.Pattern QUERY_STRING = java.util.regex.Pattern.compile("[A-Za-z]+=[A-Za-z0-9_]*(&[A-Za-z]+=[A-Za-z0-9_]*){0,12}");

    private final CurationService curation;
    private final MatchingService matching;
    private final Explanations explanations;
    private final PageContextFactory pages;

    CurationPageController(CurationService curation, MatchingService matching, Explanations explanations, PageContextFactory pages) {
        this.curation = curation;
        this.matching = matching;
        this.explanations = explanations;
        this.pages = pages;
    }

    @Get(uri = "/staff/matches", produces = MediaType.TEXT_HTML)
    HttpResponse<?> queue(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer page) {
        Actor actor = Actors.of(authentication);
        if (!actor.isStaff()) {
            throw new NotAllowed("Only park staff curate matches");
        }
        PageContext context = pages.of(request);
        TypedFilter typed = TypedFilter.of(request, CurationPages.Queue.FILTERS, Map.of("status", MatchStatus.SUGGESTED.name()));
        QueueFilter filter;
        try {
            filter = QueueFilter.parse(typed.get("status"), typed.get("sector"), typed.get("verdict"), typed.get("seekerJurisdiction"),
                    typed.get("providerJurisdiction"), typed.get("minScore"), typed.get("minAgeDays"), typed.get("maxAgeDays"), typed.get("requested"),
                    typed.get("sort"));
        } catch (InvalidInput refused) {
            // A filter typed by hand: the queue stays usable, the field says what is wrong.
            typed = typed.refused(FormErrors.of(refused, context.messages(), field -> field));
            filter = QueueFilter.suggestions();
        }
        Paging paging = Paging.of(page, 50);
        Page<Match> found = curation.list(actor, filter, paging.index(), paging.size());
        Map<Long, List<dev.bridgehead.marketplace.curation.IntroductionRequest>> requests = curation.introductionRequests(actor,
                found.getContent().stream().map(Match::id).toList());
        return HttpResponse.ok(Pages.view("matching/queue", new CurationPages.Queue(context, typed, explanations.rows(context,
                found.getContent()), requests, found.getTotalSize(), paging.page(), Math.max(1, found.getTotalPages()))));
    }

    @Post(uri = "/staff/matches/bulk", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> bulk(Authentication authentication, @Body BulkForm form) {
        InputCheck check = new InputCheck();
        check.required("action", form.action()).required("matchIds", form.matchIds());
        MatchAction action = check.code("action", form.action(), MatchAction.class);
        // Each ticked box is "id:version", the match as the decider saw it in the queue.
        Map<Long, Integer> seen = new java.util.LinkedHashMap<>();
        for (String id : form.matchIds() == null ? List.<String>of() : form.matchIds()) {
            String[] parts = id.strip().split(":", 2);
            try {
                seen.put(Long.parseLong(parts[0]), parts.length == 2 ? Integer.valueOf(parts[1]) : null);
            } catch (NumberFormatException e) {
                check.add("matchIds", "invalid-id", "is not a match id");
            }
        }
        check.throwIfInvalid();
        curation.bulk(Actors.of(authentication), seen, action, form.note());
        // Only an encoded query string of the queue's own filters goes back into the address.
        String filter = form.filter() != null && QUERY_STRING.matcher(form.filter()).matches() ? form.filter() + "&" : "";
        return HttpResponse.seeOther(URI.create("/staff/matches?" + filter + "notice=bulkDone"));
    }

    @Post(uri = "/matches/{id}/decide", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(Authentication authentication, long id, @Body Map<String, String> form) {
        Actor actor = Actors.of(authentication);
        InputCheck check = new InputCheck();
        MatchAction action = check.code("action", form.get("action"), MatchAction.class);
        check.required("action", form.get("action"));
        check.throwIfInvalid();
        Integer seen = seenVersion(form);
        switch (action) {
            case APPROVE -> curation.approve(actor, id, form.get("note"), seen);
            case REJECT -> curation.reject(actor, id, form.get("note"), seen);
            case INTRODUCE -> curation.introduce(actor, id, form.get("note"), seen);
            default -> curation.progress(actor, id, action.to().name(), null, form.get("note"), null, null, seen);
        }
        return HttpResponse.seeOther(URI.create("/matches/" + id + "?notice=matchMoved"));
    }

    @Post(uri = "/matches/{id}/request-introduction", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> requestIntroduction(Authentication authentication, long id, @Body Map<String, String> form) {
        curation.requestIntroduction(Actors.of(authentication), id, form.get("note"));
        return HttpResponse.seeOther(URI.create("/matches/" + id + "?notice=introductionRequested"));
    }

    @Post(uri = "/matches/{id}/progress", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> progress(Authentication authentication, long id, @Body Map<String, String> form) {
        String typed = form.get("dealValueCny");
        BigDecimal value = null;
        if (typed != null && !typed.isBlank()) {
            try {
                value = new BigDecimal(typed.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                InputCheck check = new InputCheck();
                check.add("dealValueCny", "out-of-range", "must be an amount of yuan such as 2500000.50");
                check.throwIfInvalid();
            }
        }
        curation.progress(Actors.of(authentication), id, form.get("status"), value, form.get("note"), typedCount(form.get("personalInfoSubjects")),
                typedCount(form.get("sensitiveSubjects")), seenVersion(form));
        return HttpResponse.seeOther(URI.create("/matches/" + id + "?notice=matchMoved"));
    }

    /** The version of the match the page showed when the decision was made (pages always send it). */
    private static Integer seenVersion(Map<String, String> form) {
        String typed = form.get("version");
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            InputCheck check = new InputCheck();
            check.add("version", "invalid", "must be the version of the match the page showed");
            check.throwIfInvalid();
            return null;
        }
    }

    /** A count typed into the form, or none when the field was left empty. */
    private static Long typedCount(String typed) {
        return typed == null || typed.isBlank() ? null : dev.bridgehead.web.page.TypedNumbers.count(typed);
    }

    @Get(uri = "/my/inbox", produces = MediaType.TEXT_HTML)
    HttpResponse<?> inbox(HttpRequest<?> request, Authentication authentication) {
        Actor actor = Actors.member(authentication);
        List<Notification> entries = curation.inbox(actor, 0, 50).getContent();
        PageContext context = pages.of(request);
        List<Match> matches = entries.stream().map(Notification::matchId).filter(java.util.Objects::nonNull).distinct()
                .map(matchId -> matching.get(actor, matchId)).toList();
        List<Explanations.MatchRow> rows = explanations.rows(context, matches);
        List<CurationPages.Entry> shown = new ArrayList<>();
        for (Notification n : entries) {
            if (n.matchId() == null) {
                shown.add(new CurationPages.Entry(n, null));
            } else {
                rows.stream().filter(r -> r.match().id().equals(n.matchId())).findFirst().ifPresent(r -> shown.add(new CurationPages.Entry(n, r)));
            }
        }
        return HttpResponse.ok(Pages.view("matching/inbox", new CurationPages.Inbox(context, shown)));
    }

    /** Reading the inbox changes nothing; this button marks what it shows as read. */
    @Post(uri = "/my/inbox/read", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> markRead(Authentication authentication, @Body Map<String, String> form) {
        curation.markRead(Actors.member(authentication));
        return HttpResponse.seeOther(URI.create("/my/inbox"));
    }
}
