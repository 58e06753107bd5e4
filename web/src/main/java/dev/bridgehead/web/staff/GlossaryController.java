package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.glossary.GlossaryTerm;
import dev.bridgehead.marketplace.glossary.GlossaryTerms;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Set;

/**
 * Park staff keep the glossary: find terms, add one in both languages, correct or remove any (shipped
 * or added). A change applies to the next search at once and to the index after a rebuild.
 */
@Hidden
@CsrfProtected
@Secured({"STAFF", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/staff/glossary")
class GlossaryController {

    static final String VIEW = "staff/glossary";
    static final Set<String> FORM_FIELDS = Set.of("english", "chinese", "sector", "source");

    private final GlossaryTerms glossary;
    private final PageContextFactory pages;

    GlossaryController(GlossaryTerms glossary, PageContextFactory pages) {
        this.glossary = glossary;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String term) {
        PageContext context = pages.of(request);
        GlossaryForm form = term == null || term.isBlank() ? GlossaryForm.empty() : GlossaryForm.of(glossary.find(term));
        return HttpResponse.ok(page(context, q, form, FormErrors.none()));
    }

    @Post(uri = "/save", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @Body GlossaryForm form) {
        PageContext context = pages.of(request);
        try {
            GlossaryTerm saved = form.term() == null || form.term().isBlank()
                    ? glossary.add(Actors.of(authentication), form.input())
                    : glossary.correct(Actors.of(authentication), form.term(), form.input());
            return HttpResponse.seeOther(URI.create("/staff/glossary?notice=glossarySaved&q="
                    + java.net.URLEncoder.encode(saved.english(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InvalidInput e) {
            return HttpResponse.badRequest(page(context, null, form, FormErrors.located(e, context.messages(), FORM_FIELDS)));
        } catch (Conflict e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(context, null, form, FormErrors.stale(context.messages())));
        }
    }

    @Post(uri = "/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @Body GlossaryForm form) {
        PageContext context = pages.of(request);
        try {
            glossary.remove(Actors.of(authentication), form.term(), form.versionNumber());
            return HttpResponse.seeOther(URI.create("/staff/glossary?notice=glossaryRemoved"));
        } catch (Conflict e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(context, null, GlossaryForm.empty(), FormErrors.stale(context.messages())));
        }
    }

    private Object page(PageContext context, String q, GlossaryForm form, FormErrors errors) {
        return Pages.view(VIEW, new GlossaryPage(context, glossary.effective(), q, form, errors));
    }
}
