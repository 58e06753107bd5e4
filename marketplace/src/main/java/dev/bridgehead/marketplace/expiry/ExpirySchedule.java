package dev.bridgehead.marketplace.expiry;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link EvidenceExpiry} every hour on every node; tests switch it off and run the job on the day they choose. */
@Singleton
@Requires(property = "bridgehead.evidence.expiry.enabled", notEquals = "false")
class ExpirySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ExpirySchedule.class);

    private final EvidenceExpiry expiry;
    private final Clock clock;

    ExpirySchedule(EvidenceExpiry expiry, Clock clock) {
        this.expiry = expiry;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${bridgehead.evidence.expiry.interval:1h}", initialDelay = "${bridgehead.evidence.expiry.initial-delay:1m}")
    void run() {
        try {
            EvidenceExpiry.Result result = expiry.run(LocalDate.now(clock));
            if (result.reminded() + result.expired() > 0) {
                LOG.info("Evidence expiry: {} reminders sent, {} entries marked expired", result.reminded(), result.expired());
            }
        } catch (RuntimeException e) {
            LOG.warn("Checking evidence expiry failed, trying again at the next run: {}", e.getMessage());
        }
    }
}
