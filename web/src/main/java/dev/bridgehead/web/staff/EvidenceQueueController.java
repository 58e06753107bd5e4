package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.ComplianceProfileService.EvidenceDecision;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.security.Actors;
import dev.bridgehead.web.security.CsrfForm;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff's queue of evidence waiting for a check: narrowed by mechanism or certification,
 * organisation and age, each entry with its document shown inline, decided one by one (the keys
 * j/k, v and r do the same). A decision carries the profile's version the page showed, so of two
 * staff deciding the same entry the second is told and changes nothing.
 */
@Hidden
@CsrfProtected
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff/evidence")
class EvidenceQueueController {

    static final String VIEW = "staff/evidence";

    private final ComplianceProfileService compliance;
    private final OrganizationService organizations;
    private final PageContextFactory pages;
    private final java.time.Clock clock;

    EvidenceQueueController(ComplianceProfileService compliance, OrganizationService organizations, PageContextFactory pages, java.time.Clock clock) {
        this.clock = clock;
        this.compliance = compliance;
        this.organizations = organizations;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> queue(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String code,
                          @Nullable @QueryValue Long organization, @Nullable @QueryValue Integer minAgeDays) {
        var actor = Actors.of(authentication);
        var filter = new EvidenceQueuePage.Filter(blankToNull(code), organization, minAgeDays == null ? 0 : Math.max(0, Math.min(minAgeDays, 3650)));
        var all = compliance.awaitingCheck(actor, null, null, 0);
        var shown = compliance.awaitingCheck(actor, filter.code(), filter.organization(), filter.minAgeDays());
        var names = organizations.byIds(all.stream().map(waiting -> waiting.profile().organizationId()).distinct().toList());
        return HttpResponse.ok(Pages.view(VIEW, new EvidenceQueuePage(pages.of(request), filter, shown, all, names, clock.instant())));
    }

    @Post(uri = "/{organizationId}/{kind}/{code}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(Authentication authentication, long organizationId, String kind, String code, @Body DecisionForm form) {
        String notice = "evidenceDecided";
        try {
            compliance.decideEvidence(Actors.of(authentication), organizationId, kind, code,
                    new EvidenceDecision(form.decision(), form.note(), form.version()));
        } catch (Conflict e) {
            notice = "evidenceStale";
        }
        return HttpResponse.seeOther(URI.create("/staff/evidence?" + query(form, notice)));
    }

    /** The queue's filter travels with the decision, so the page comes back as the staff member left it. */
    private static String query(DecisionForm form, String notice) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("notice", notice);
        if (blankToNull(form.filterCode()) != null) {
            parameters.put("code", form.filterCode().strip());
        }
        if (form.filterOrganization() != null) {
            parameters.put("organization", form.filterOrganization().toString());
        }
        if (form.filterMinAgeDays() != null && form.filterMinAgeDays() > 0) {
            parameters.put("minAgeDays", form.filterMinAgeDays().toString());
        }
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A decision on one entry, with the profile version the page showed and the queue's filter to return to. */
    @Serdeable
    record DecisionForm(@Nullable String csrfToken, @Nullable String decision, @Nullable String note, @Nullable Integer version,
                        @Nullable String filterCode, @Nullable Long filterOrganization, @Nullable Integer filterMinAgeDays) implements CsrfForm {
    }
}
