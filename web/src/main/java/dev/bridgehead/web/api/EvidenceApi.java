package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.evidence.EvidenceDocument;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.evidence.StoredDocument;
import dev.bridgehead.web.evidence.EvidenceFiles;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

/**
 * Evidence documents of an organisation's compliance profile. EvidenceFiles come from platforms (bearer
 * token; browsers upload through the page form, which checks its CSRF token); downloads work with
 * either the token or the browser's session, so staff can view a document inside a page.
 */
@Tag(name = "organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/organizations/{id}/compliance/evidence")
class EvidenceApi {

    private final EvidenceDocuments documents;

    EvidenceApi(EvidenceDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "Upload one PDF, PNG or JPEG of at most 10 MB, as the multipart part 'file'; its kind is read from its bytes")
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<StoredDocument> upload(long id, @Part("file") @Nullable CompletedFileUpload file, Authentication authentication) {
        StoredDocument stored = documents.store(Actors.of(authentication), id, EvidenceFiles.content(file));
        return HttpResponse.created(stored, URI.create("/api/v1/organizations/" + id + "/compliance/evidence/" + stored.sha256()));
    }

    @Operation(summary = "An evidence document, for the organisation, staff and the other party of an introduced match; "
            + "openings by anyone but the organisation's members are audited")
    @Get("/{sha256}")
    HttpResponse<byte[]> download(long id, String sha256, @QueryValue(defaultValue = "false") boolean inline, Authentication authentication) {
        EvidenceDocument document = documents.open(Actors.of(authentication), id, sha256);
        return EvidenceFiles.serve(document, inline);
    }
}
