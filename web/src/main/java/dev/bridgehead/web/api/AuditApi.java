package dev.bridgehead.web.api;

import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditQuery;
import dev.bridgehead.marketplace.audit.AuditSearch;
import dev.bridgehead.web.security.Actors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;

/** The audit log for staff and the platforms they run. */
@Tag(name = "audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1")
class AuditApi {

    private final AuditSearch audit;

    AuditApi(AuditSearch audit) {
        this.audit = audit;
    }

    @Operation(summary = "Staff: the audit log, newest first, filtered by subject, actor e-mail, action, words in the note and days (UTC+8)")
    @Get("/audit")
    PageView<EntryView> search(@Nullable @QueryValue String subjectType, @Nullable @QueryValue String subjectId,
                               @Nullable @QueryValue String actorEmail, @Nullable @QueryValue String action, @Nullable @QueryValue String text,
                               @Nullable @QueryValue String from, @Nullable @QueryValue String until, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer size, Authentication authentication) {
        Paging paging = Paging.of(page, size);
        AuditQuery query = AuditQuery.parse(subjectType, subjectId, actorEmail, action, text, from, until);
        Page<AuditEntry> found = audit.search(Actors.of(authentication), query, paging.index(), paging.size());
        audit.checkActor(query);
        return PageView.of(found, EntryView::of);
    }

    /** One entry; {@code changes}, for edits, holds each changed field's value before and after. */
    @Serdeable
    record EntryView(String id, Instant at, @Nullable String actorId, String action, String subjectType, String subjectId, @Nullable String note,
                     @Nullable Map<String, AuditEntry.FieldChange> changes) {
        static EntryView of(AuditEntry e) {
            return new EntryView(Views.idOf(e.id()), e.at(), e.actorId() == null ? null : Views.idOf(e.actorId()), e.action(), e.subjectType(),
                    Views.idOf(e.subjectId()), e.note(), e.changes());
        }
    }
}
