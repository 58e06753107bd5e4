package dev.bridgehead.marketplace.organization;

import dev.bridgehead.marketplace.compliance.Mechanism;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A transfer mechanism an organisation has in place.
 *
 * @param scope       what transfers it covers, in the holder's words
 * @param obtainedOn  when it was obtained or filed
 * @param evidenceRef where staff can check it (filing number, document reference)
 */
@Serdeable
public record HeldMechanism(Mechanism code, @Nullable String scope, @Nullable LocalDate obtainedOn, @Nullable String evidenceRef) {
}
