package dev.bridgehead.web.evidence;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.evidence.StoredDocument;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.TooLarge;
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
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;

/**
 * A member uploads an evidence document for the organisation; back on the organisation page, the
 * notice carries its hash, to be entered beside a mechanism or certification.
 */
@Hidden
@CsrfProtected
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/my/organization/evidence")
class EvidenceUploadController {

    static final String VIEW = "evidence/upload";

    private final EvidenceDocuments documents;
    private final PageContextFactory pages;

    EvidenceUploadController(EvidenceDocuments documents, PageContextFactory pages) {
        this.documents = documents;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Authentication authentication) {
        Actors.member(authentication);
        return HttpResponse.ok(Pages.view(VIEW, new EvidenceUploadPage(pages.of(request), FormErrors.none())));
    }

    /** {@code csrfToken} is the form's token part, which {@link CsrfProtected} checks before the upload is read. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication authentication, @Part("csrfToken") @Nullable String csrfToken,
                           @Part("file") @Nullable CompletedFileUpload file) {
        Actor actor = Actors.member(authentication);
        try {
            StoredDocument stored = documents.store(actor, actor.organizationId(), EvidenceFiles.content(file));
            return HttpResponse.seeOther(URI.create("/my/organization?notice=uploaded&sha256=" + stored.sha256() + "#compliance"));
        } catch (InvalidInput e) {
            return refused(request, HttpStatus.BAD_REQUEST, e);
        } catch (TooLarge e) {
            return refused(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, new InvalidInput(List.of(e.error())));
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, HttpStatus status, InvalidInput refusal) {
        PageContext context = pages.of(request);
        FormErrors errors = FormErrors.of(refusal, context.messages(), field -> field);
        return HttpResponse.status(status).body(Pages.view(VIEW, new EvidenceUploadPage(context, errors)));
    }
}
