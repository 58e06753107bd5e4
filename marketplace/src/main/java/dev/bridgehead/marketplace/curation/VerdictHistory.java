package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.mail.Mailer;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.VerdictChange;
import dev.bridgehead.marketplace.matching.VerdictListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A verdict that changed, however it changed, is written to the match's history (no actor, the
 * status unchanged, the steps that came and went as the note), put in both organisations' inboxes
 * ({@code VERDICT_CHANGED}), recorded in the audit log for staff, and e-mailed to both after the commit.
 */
@Singleton
class VerdictHistory implements VerdictListener {

    private final MatchStepRepository steps;
    private final NotificationRepository notifications;
    private final AuditLog audit;
    private final Mailer mailer;
    private final ComplianceEngine engine;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    VerdictHistory(MatchStepRepository steps, NotificationRepository notifications, AuditLog audit, Mailer mailer, ComplianceEngine engine,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.steps = steps;
        this.notifications = notifications;
        this.audit = audit;
        this.mailer = mailer;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void verdictsChanged(List<VerdictChange> changes) {
        Instant now = clock.instant();
        List<MatchStep> history = new ArrayList<>();
        List<Notification> inbox = new ArrayList<>();
        Set<Long> told = new LinkedHashSet<>();
        for (VerdictChange change : changes) {
            var before = change.before();
            var after = change.after();
            String why = why(before, after);
            history.add(new MatchStep(null, before.id(), null, before.status(), before.status(), why, null, now, before.verdict(), after.verdict()));
            for (Long party : List.of(before.needOrganizationId(), before.listingOrganizationId())) {
                inbox.add(Notification.of(party, before.id(), Notification.VERDICT_CHANGED, before.verdict() + " " + after.verdict(), now));
                told.add(party);
            }
            audit.recordSystem("match.verdict-changed", "match", before.id(), before.verdict() + " → " + after.verdict()
                    + (why == null ? "" : ": " + why) + " (rule book " + after.ruleBookVersion() + ")");
        }
        steps.saveAll(history);
        notifications.saveAll(inbox);
        mailAfterCommit(told, changes.size());
    }

    /** Which steps the change added and which it took away, in the rule book's words, and the negative list it now follows or left. */
    private String why(dev.bridgehead.marketplace.matching.Match was, dev.bridgehead.marketplace.matching.Match is) {
        List<MatchDetails.Step> before = was.steps();
        List<MatchDetails.Step> after = is.steps();
        List<String> added = after.stream().filter(step -> !before.contains(step)).map(this::describe).distinct().toList();
        List<String> gone = before.stream().filter(step -> !after.contains(step)).map(this::describe).distinct().toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("now needed: " + String.join(", ", added));
        }
        if (!gone.isEmpty()) {
            parts.add("no longer needed: " + String.join(", ", gone));
        }
        List<String> listsNow = is.listVersions().stream().filter(list -> !was.listVersions().contains(list)).toList();
        List<String> listsLeft = was.listVersions().stream().filter(list -> !is.listVersions().contains(list)).toList();
        if (!listsNow.isEmpty()) {
            parts.add("under negative list " + String.join(", ", listsNow) + " (rule NL-1)");
        }
        if (!listsLeft.isEmpty()) {
            parts.add("no longer under negative list " + String.join(", ", listsLeft));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String describe(MatchDetails.Step step) {
        String name = engine.ruleBook().terms(step.mechanism()).name().en();
        return (step.evidenceCheck() ? "park staff's check of the evidence of " + name : name) + " (" + step.party().name().toLowerCase(Locale.ROOT) + ")";
    }

    private void mailAfterCommit(Set<Long> organizationIds, int count) {
        String subject = "Bridgehead: the compliance verdict of a match changed";
        String text = "The compliance verdict of " + (count == 1 ? "a match" : "matches") + " you take part in changed. Open your inbox on "
                + "Bridgehead to see which and why.";
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                organizationIds.forEach(organization -> mailer.send(organization, subject, text));
            }
        }), () -> organizationIds.forEach(organization -> mailer.send(organization, subject, text)));
    }
}
