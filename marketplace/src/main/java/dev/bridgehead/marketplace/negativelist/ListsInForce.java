package dev.bridgehead.marketplace.negativelist;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A list that takes effect on a later day changes verdicts on that day without anyone touching it:
 * hourly, every node looks whether one came into force since the last look, and if so the open
 * matches whose needs name a list scenario are assessed again. Tests switch it off.
 */
@Singleton
@Requires(property = "bridgehead.negative-lists.in-force-check.enabled", notEquals = "false")
class ListsInForce {

    private static final Logger LOG = LoggerFactory.getLogger(ListsInForce.class);

    private final NegativeLists lists;
    private final Clock clock;

    ListsInForce(NegativeLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "30s")
    void look() {
        try {
            List<String> started = lists.cameIntoForce(LocalDate.now(clock));
            if (!started.isEmpty()) {
                LOG.info("Negative lists in force from today: {}; open matches naming their scenarios are assessed again", started);
            }
        } catch (RuntimeException e) {
            LOG.warn("Looking for negative lists coming into force failed, trying again in an hour: {}", e.getMessage());
        }
    }
}
