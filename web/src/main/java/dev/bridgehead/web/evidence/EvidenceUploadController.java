package dev.bridgehead.web.evidence;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.evidence.StoredDocument;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import io.micronaut.http.annotation.QueryValue;
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
    private final ComplianceProfileService compliance;
    private final PageContextFactory pages;

    EvidenceUploadController(EvidenceDocuments documents, ComplianceProfileService compliance, PageContextFactory pages) {
        this.documents = documents;
        this.compliance = compliance;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String entry) {
        Actor actor = Actors.member(authentication);
        return HttpResponse.ok(Pages.view(VIEW, page(request, actor, entry, FormErrors.none())));
    }

    /** {@code csrfToken} is the form's token part, which {@link CsrfProtected} checks before the upload is read. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(HttpRequest<?> request, Authentication authentication, @Part("csrfToken") @Nullable String csrfToken,
                           @Part("entry") @Nullable String entry, @Part("version") @Nullable String version,
                           @Part("file") @Nullable CompletedFileUpload file) {
        Actor actor = Actors.member(authentication);
        try {
            StoredDocument stored = documents.store(actor, actor.organizationId(), EvidenceFiles.content(file));
            if (entry != null && entry.contains("/")) {
                String[] kindAndCode = entry.split("/", 2);
                compliance.attachDocument(actor, actor.organizationId(), kindAndCode[0], kindAndCode[1], stored.sha256(), versionOf(version));
                return HttpResponse.seeOther(URI.create("/my/organization?notice=uploaded#compliance"));
            }
            return HttpResponse.seeOther(URI.create("/my/organization?notice=uploaded&sha256=" + stored.sha256() + "#compliance"));
        } catch (InvalidInput e) {
            return refused(request, actor, entry, HttpStatus.BAD_REQUEST, e);
        } catch (TooLarge e) {
            return refused(request, actor, entry, HttpStatus.REQUEST_ENTITY_TOO_LARGE, new InvalidInput(List.of(e.error())));
        } catch (Conflict e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(Pages.view(VIEW, page(request, actor, entry,
                    FormErrors.stale(pages.of(request).messages()))));
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Actor actor, String entry, HttpStatus status, InvalidInput refusal) {
        FormErrors errors = FormErrors.of(refusal, pages.of(request).messages(), field -> field);
        return HttpResponse.status(status).body(Pages.view(VIEW, page(request, actor, entry, errors)));
    }

    private EvidenceUploadPage page(HttpRequest<?> request, Actor actor, String entry, FormErrors errors) {
        return new EvidenceUploadPage(pages.of(request), errors, compliance.profile(actor, actor.organizationId()), entry);
    }

    private static Integer versionOf(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
