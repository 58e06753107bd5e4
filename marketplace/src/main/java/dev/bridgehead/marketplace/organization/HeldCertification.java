package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.compliance.Certification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A certification an organisation holds, until it expires; an expired one counts as absent. */
@Serdeable
public record HeldCertification(Certification code, LocalDate expiresOn, @Nullable String evidenceRef) {

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn.isBefore(day);
    }
}
