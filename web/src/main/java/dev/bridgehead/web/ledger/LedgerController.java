package dev.bridgehead.web.ledger;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;
import dev.bridgehead.web.page.PageContextFactory;
import dev.bridgehead.web.page.Pages;
import dev.bridgehead.web.page.TypedNumbers;
import dev.bridgehead.web.security.Actors;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** The exporter's ledger of the year ({@code /my/ledger}) and staff's list of exporters near a threshold ({@code /staff/ledgers}). */
@Hidden
@CsrfProtected
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
class LedgerController {

    private final ExportLedger ledger;
    private final OrganizationService organizations;
    private final PageContextFactory pages;
    private final dev.bridgehead.marketplace.compliance.ComplianceEngine engine;

    LedgerController(ExportLedger ledger, OrganizationService organizations, PageContextFactory pages,
                     dev.bridgehead.marketplace.compliance.ComplianceEngine engine) {
        this.engine = engine;
        this.ledger = ledger;
        this.organizations = organizations;
        this.pages = pages;
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get(uri = "/my/ledger", produces = MediaType.TEXT_HTML)
    HttpResponse<?> mine(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer year) {
        Actor actor = Actors.member(authentication);
        return HttpResponse.ok(Pages.view("ledger/ledger", page(pages.of(request), ledger.of(actor, actor.organizationId(), year), LedgerForm.empty(),
                FormErrors.none())));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(uri = "/my/ledger", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(HttpRequest<?> request, Authentication authentication, @Body LedgerForm form) {
        Actor actor = Actors.member(authentication);
        try {
            ledger.record(actor, actor.organizationId(), new ExportLedger.Recorded(form.date(), TypedNumbers.count(form.personalInfoSubjects()),
                    TypedNumbers.count(form.sensitiveSubjects()), form.recipientCountry(), form.note()));
            return HttpResponse.seeOther(URI.create("/my/ledger?notice=saved"));
        } catch (InvalidInput e) {
            PageContext context = pages.of(request);
            return HttpResponse.badRequest(Pages.view("ledger/ledger", page(context, ledger.of(actor, actor.organizationId(), null), form,
                    FormErrors.of(e, context.messages(), field -> field))));
        }
    }

    private LedgerPage page(PageContext context, ExportLedger.Year year, LedgerForm form, FormErrors errors) {
        return new LedgerPage(context, year, engine.nextThreshold(false, year.personal()), engine.nextThreshold(true, year.sensitive()), form, errors);
    }

    @Secured({"STAFF", "ADMIN"})
    @Get(uri = "/staff/ledgers", produces = MediaType.TEXT_HTML)
    HttpResponse<?> nearThresholds(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue Integer year) {
        var near = ledger.nearThresholds(Actors.of(authentication), year);
        var names = organizations.byIds(near.stream().map(t -> t.organizationId()).toList());
        int shown = year == null ? ledger.today().getYear() : year;
        return HttpResponse.ok(Pages.view("ledger/near", new NearThresholdsPage(pages.of(request), shown, near, names)));
    }
}
