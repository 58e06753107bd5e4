package dev.bridgehead.marketplace.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One transfer in an exporter's ledger.
 *
 * @param source DEAL (an agreed match that declared its volumes, {@code matchId}) or RECORDED (by the exporter or staff)
 */
@MappedEntity("export_ledger_entry")
public record LedgerEntry(
        @Id @GeneratedValue @Nullable Long id,
        Long organizationId,
        int year,
        LocalDate day,
        long personalSubjects,
        long sensitiveSubjects,
        String recipientCountry,
        String source,
        @Nullable Long matchId,
        @Nullable String note,
        @Nullable Long recordedBy,
        Instant recordedAt) {

    public static final String DEAL = "DEAL";
    public static final String RECORDED = "RECORDED";
}
