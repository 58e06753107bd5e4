package dev.bridgehead.web.evidence;

import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.EntryKind;
import dev.bridgehead.web.page.FormErrors;
import dev.bridgehead.web.page.Option;
import dev.bridgehead.web.page.PageContext;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The form that uploads an evidence document for the member's organisation and puts it behind one
 * of its entries, with what went wrong last time.
 *
 * @param chosen the entry asked for ({@code mechanisms/CN_STANDARD_CONTRACT}), if any
 */
public record EvidenceUploadPage(PageContext context, FormErrors errors, ComplianceProfile profile, @Nullable String chosen) {

    /** The profile's entries as choices, {@code kind/code}. */
    public List<Option> entries() {
        return profile.entries().stream().map(entry -> new Option(entry.kind().path() + "/" + entry.code().name(),
                context.code(entry.kind() == EntryKind.MECHANISMS ? "mechanism" : "certification", entry.code()),
                (entry.kind().path() + "/" + entry.code().name()).equals(chosen))).toList();
    }

    /** The most a document may be, in MB, for the form's hint. */
    public int maxMegabytes() {
        return EvidenceDocuments.MAX_BYTES / (1024 * 1024);
    }
}
