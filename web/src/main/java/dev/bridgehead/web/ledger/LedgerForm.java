package dev.bridgehead.web.ledger;

import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A transfer made elsewhere, as typed; the counts stay text so that a bad one comes back as typed. */
@Serdeable
public record LedgerForm(@Nullable String csrfToken, @Nullable String date, @Nullable String personalInfoSubjects,
                         @Nullable String sensitiveSubjects, @Nullable String recipientCountry, @Nullable String note) implements CsrfForm {

    static LedgerForm empty() {
        return new LedgerForm(null, null, null, null, "SG", null);
    }
}
