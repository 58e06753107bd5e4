package dev.bridgehead.marketplace.expiry;

import dev.bridgehead.marketplace.curation.Notification;
import dev.bridgehead.marketplace.curation.NotificationRepository;
import dev.bridgehead.marketplace.mail.Mailer;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileRepository;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.EvidenceStatus;
import dev.bridgehead.marketplace.organization.HeldEntry;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds an organisation 6 months and 30 days before a mechanism or certification expires (a PI
 * certification may be renewed from 6 months before), in its inbox and by e-mail, and marks it
 * expired the day after its expiry day, which sends its open matches to be assessed again. Safe
 * on several nodes: a reminder is claimed by a unique key before it goes out, and marking an entry
 * expired is an optimistic update of the profile that a second node's attempt cannot repeat.
 */
@Singleton
public class EvidenceExpiry {

    static final String SIX_MONTHS = "6M";
    static final String THIRTY_DAYS = "30D";
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceExpiry.class);

    private final ComplianceProfileRepository profiles;
    private final ComplianceProfileService compliance;
    private final ExpiryReminderRepository reminders;
    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EvidenceExpiry(ComplianceProfileRepository profiles, ComplianceProfileService compliance, ExpiryReminderRepository reminders,
                   NotificationRepository notifications, Mailer mailer, TransactionOperations<Connection> transactions, Clock clock) {
        this.profiles = profiles;
        this.compliance = compliance;
        this.reminders = reminders;
        this.notifications = notifications;
        this.mailer = mailer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the reminders due on {@code today} and marks what expired before it; returns how many of each. */
    public Result run(LocalDate today) {
        int reminded = 0;
        int expired = 0;
        for (ComplianceProfile profile : profiles.findByNextExpiryLessThanEquals(today.plusMonths(6))) {
            for (HeldEntry entry : profile.entries()) {
                if (stage(entry, today) != null && remind(profile.organizationId(), entry, stage(entry, today))) {
                    reminded++;
                }
            }
            if (profile.nextExpiry() != null && profile.nextExpiry().isBefore(today)) {
                try {
                    expired += transactions.executeWrite(status -> compliance.expire(profile.organizationId(), today)).size();
                } catch (RuntimeException e) {
                    // Another node marked it meanwhile, or the holder changed the profile: the next run looks again.
                    LOG.debug("Marking evidence of organisation {} expired failed: {}", profile.organizationId(), e.getMessage());
                }
            }
        }
        return new Result(reminded, expired);
    }

    /** How many reminders went out and how many entries were marked expired. */
    public record Result(int reminded, int expired) {
    }

    /** The reminder due for the entry on the day, if any: the 30-day one supersedes the 6-month one. */
    static String stage(HeldEntry entry, LocalDate today) {
        boolean live = entry.status() == EvidenceStatus.VERIFIED || entry.status() == EvidenceStatus.DECLARED;
        if (!live || entry.expiresOn() == null || entry.expiresOn().isBefore(today)) {
            return null;
        }
        if (!entry.expiresOn().isAfter(today.plusDays(30))) {
            return THIRTY_DAYS;
        }
        return entry.expiresOn().isAfter(today.plusMonths(6)) ? null : SIX_MONTHS;
    }

    private boolean remind(Long organizationId, HeldEntry entry, String stage) {
        List<String> sent = new ArrayList<>();
        transactions.executeWrite(status -> {
            if (reminders.claim(organizationId, entry.kind().path(), entry.code().name(), entry.expiresOn(), stage, clock.instant()) == 1) {
                notifications.save(Notification.of(organizationId, null, Notification.EXPIRING,
                        entry.kind().path() + " " + entry.code() + " " + entry.expiresOn(), clock.instant()));
                sent.add(stage);
            }
            return null;
        });
        if (!sent.isEmpty()) {
            mailer.send(organizationId, "Bridgehead: " + entry.code() + " expires on " + entry.expiresOn(),
                    entry.code() + " in your compliance profile expires on " + entry.expiresOn() + ". Renew it and update your profile on "
                            + "Bridgehead, so that your matches keep counting it; park staff will check the new evidence.");
        }
        return !sent.isEmpty();
    }
}
