package dev.bridgehead.web.evidence;

import dev.bridgehead.marketplace.evidence.EvidenceDocument;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.evidence.EvidenceType;
import dev.bridgehead.marketplace.failure.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Evidence documents as files over HTTP: the bytes of an uploaded one, the response that sends one. */
public final class EvidenceFiles {

    /**
     * A document may run nothing and load nothing ({@code sandbox}, {@code default-src 'none'}); only a
     * page of ours may frame it, and only when it is asked for inline.
     */
    static final String DOCUMENT_POLICY = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors ";
    /**
     * A PDF shown inline only limits who may frame it: browsers refuse to run their PDF viewer in a
     * sandbox or under {@code object-src 'none'}, and the viewer runs in a context of its own, not in
     * our origin, so the PDF's own content never runs as a page of ours.
     */
    static final String INLINE_PDF_POLICY = "frame-ancestors 'self'";

    private EvidenceFiles() {
    }

    /** The bytes of the upload; a size over the limit is refused before they are copied. */
    public static byte[] content(@Nullable CompletedFileUpload file) {
        if (file == null) {
            throw InvalidInput.of("file", "required", "is required: send one PDF, PNG or JPEG file as the part 'file'");
        }
        if (file.getSize() > EvidenceDocuments.MAX_BYTES) {
            throw EvidenceDocuments.tooLarge();
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a download ({@code attachment}) or, when asked, to view in the browser ({@code inline}). */
    public static MutableHttpResponse<byte[]> serve(EvidenceDocument document, boolean inline) {
        String name = "evidence-" + document.sha256().substring(0, 16) + "." + document.type().name().toLowerCase(java.util.Locale.ROOT);
        return HttpResponse.ok(document.content())
                .contentType(document.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", inline && document.type() == EvidenceType.PDF ? INLINE_PDF_POLICY
                        : DOCUMENT_POLICY + (inline ? "'self'" : "'none'"))
                .header("X-Frame-Options", inline ? "SAMEORIGIN" : "DENY");
    }
}
