package dev.bridgehead.web.evidence;

import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.PageContext;

/** The form that uploads an evidence document for the member's organisation, with what went wrong last time. */
public record EvidenceUploadPage(PageContext context, FormErrors errors) {

    /** The most a document may be, in MB, for the form's hint. */
    public int maxMegabytes() {
        return EvidenceDocuments.MAX_BYTES / (1024 * 1024);
    }
}
