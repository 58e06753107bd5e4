package dev.bridgehead.marketplace.curation;

import dev.bridgehead.marketplace.compliance.ComplianceEngine;
import dev.bridgehead.marketplace.outbox.Outbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a new rule book is deployed, the open matches whose verdicts came from an older one are
 * assessed again (and stamped with the new version); a verdict that changes is told as any other.
 * Runs shortly after start and then hourly on every node; queueing the same organisation twice is
 * harmless, and an organisation already queued is not queued again. Tests switch it off and ask
 * for it when they want it.
 */
@Singleton
@Requires(property = "bridgehead.matching.rule-book-check.enabled", notEquals = "false")
class RuleBookVersions {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBookVersions.class);

    private final ComplianceEngine engine;
    private final Outbox outbox;

    RuleBookVersions(ComplianceEngine engine, Outbox outbox) {
        this.engine = engine;
        this.outbox = outbox;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "${bridgehead.matching.rule-book-check.initial-delay:20s}")
    void reassessOlderVerdicts() {
        try {
            int queued = outbox.ruleBookIs(engine.ruleBook().version());
            if (queued > 0) {
                LOG.info("{} organisations have open matches from an older rule book: they are assessed again with {}", queued,
                        engine.ruleBook().version());
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for verdicts of older rule books failed, trying again in an hour: {}", e.getMessage());
        }
    }
}
