package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.compliance.Mechanism;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A transfer mechanism an organisation has in place, with its evidence.
 *
 * @param scope       what transfers it covers, in the holder's words
 * @param obtainedOn  when it was obtained or filed
 * @param evidenceRef the reference staff check (filing or approval number, contract date)
 * @param expiresOn   when it stops counting, where it does
 */
@Serdeable
public record HeldMechanism(Mechanism code, @Nullable String scope, @Nullable LocalDate obtainedOn, @Nullable String evidenceRef,
                            @Nullable String issuer, @Nullable LocalDate expiresOn, @Nullable String documentSha256,
                            @Nullable EvidenceReview review) implements HeldEntry {

    @Override
    public EntryKind kind() {
        return EntryKind.MECHANISMS;
    }

    @Override
    public HeldMechanism reviewed(EvidenceReview newReview) {
        return new HeldMechanism(code, scope, obtainedOn, evidenceRef, issuer, expiresOn, documentSha256, newReview);
    }
}
