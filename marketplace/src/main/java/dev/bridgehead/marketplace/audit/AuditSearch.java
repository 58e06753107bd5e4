package dev.bridgehead.marketplace.audit;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.User;
import dev.bridgehead.marketplace.failure.InputCheck;
import dev.bridgehead.marketplace.failure.NotAllowed;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Staff's reading of the audit log: a filtered page, newest first, or every matching entry for an export. */
@Singleton
public class AuditSearch {

    /** An export stops here; a narrower filter gets the rest. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_PAGE = 1_000;

    private final AuditEntryRepository entries;
    private final AccountService accounts;

    AuditSearch(AuditEntryRepository entries, AccountService accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    public Page<AuditEntry> search(Actor actor, AuditQuery query, int page, int size) {
        requireStaff(actor);
        Optional<Long> actorId = actorId(query);
        if (query.actorEmail() != null && actorId.isEmpty()) {
            return Page.of(List.of(), Pageable.from(page, size), 0L);
        }
        return entries.search(query.subjectType(), query.subjectId(), actorId.orElse(null), query.action(), query.textPattern(),
                query.fromInstant(), query.untilInstant(), Pageable.from(page, size));
    }

    /** Hands every entry the query finds, newest first and at most {@link #MAX_EXPORT}, to {@code sink}; returns how many. */
    public int export(Actor actor, AuditQuery query, Consumer<AuditEntry> sink) {
        requireStaff(actor);
        Optional<Long> actorId = actorId(query);
        if (query.actorEmail() != null && actorId.isEmpty()) {
            return 0;
        }
        int written = 0;
        long before = Long.MAX_VALUE;
        while (written < MAX_EXPORT) {
            List<AuditEntry> page = entries.exportPage(query.subjectType(), query.subjectId(), actorId.orElse(null), query.action(),
                    query.textPattern(), query.fromInstant(), query.untilInstant(), before, Math.min(EXPORT_PAGE, MAX_EXPORT - written));
            page.forEach(sink);
            written += page.size();
            if (page.size() < EXPORT_PAGE) {
                break;
            }
            before = page.get(page.size() - 1).id();
        }
        return written;
    }

    /** Every action the log holds, for the filter's choices. */
    public List<String> actions(Actor actor) {
        requireStaff(actor);
        return entries.actions();
    }

    /** Refuses an e-mail address that no account has, so a typo does not look like an empty log. */
    public void checkActor(AuditQuery query) {
        InputCheck check = new InputCheck();
        check.that(query.actorEmail() == null || actorId(query).isPresent(), "actorEmail", "unknown-account", "no account has this e-mail address");
        check.throwIfInvalid();
    }

    private Optional<Long> actorId(AuditQuery query) {
        return accounts.byEmail(query.actorEmail()).map(User::id);
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowed("Only park staff read the audit log");
        }
    }
}
