package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.compliance.Certification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A certification an organisation holds until it expires, with its evidence; an expired or unchecked one counts as absent. */
@Serdeable
public record HeldCertification(Certification code, LocalDate expiresOn, @Nullable String evidenceRef, @Nullable String issuer,
                                @Nullable LocalDate obtainedOn, @Nullable String documentSha256,
                                @Nullable EvidenceReview review) implements HeldEntry {

    @Override
    public EntryKind kind() {
        return EntryKind.CERTIFICATIONS;
    }

    @Override
    public HeldCertification reviewed(EvidenceReview newReview) {
        return new HeldCertification(code, expiresOn, evidenceRef, issuer, obtainedOn, documentSha256, newReview);
    }
}
