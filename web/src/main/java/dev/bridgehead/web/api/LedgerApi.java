package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.ledger.LedgerEntry;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;

@Tag(name = "organizations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/organizations/{id}/export-ledger")
class LedgerApi {

    private final ExportLedger ledger;

    LedgerApi(ExportLedger ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "A Chinese exporter's ledger for a year (China time; this year by default): the individuals whose personal "
            + "information it sent abroad, an upper bound, from agreed deals and recorded transfers")
    @Get
    LedgerView year(long id, @Nullable @QueryValue Integer year, Authentication authentication) {
        return LedgerView.of(ledger.of(Actors.of(authentication), id, year));
    }

    @Operation(summary = "Record a transfer the exporter made elsewhere: date, personalInfoSubjects, sensitiveSubjects, recipientCountry, note")
    @Post
    HttpResponse<EntryView> record(long id, @Body ExportLedger.Recorded body, Authentication authentication) {
        return HttpResponse.created(EntryView.of(ledger.record(Actors.of(authentication), id, body)));
    }

    @Serdeable
    record LedgerView(int year, long personalInfoSubjects, long sensitiveSubjects, List<EntryView> entries) {
        static LedgerView of(ExportLedger.Year year) {
            return new LedgerView(year.year(), year.personal(), year.sensitive(), year.entries().stream().map(EntryView::of).toList());
        }
    }

    @Serdeable
    record EntryView(String id, LocalDate date, long personalInfoSubjects, long sensitiveSubjects, String recipientCountry, String source,
                     @Nullable String matchId, @Nullable String note) {
        static EntryView of(LedgerEntry e) {
            return new EntryView(Views.idOf(e.id()), e.day(), e.personalSubjects(), e.sensitiveSubjects(), e.recipientCountry(), e.source(),
                    Views.idOf(e.matchId()), e.note());
        }
    }
}
