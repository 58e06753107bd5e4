package dev.bridgehead.marketplace.negativelist;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the lists shipped with Bridgehead ({@code compliance/lists/*.json}) as version 1 when the
 * database has no list of their code yet; a list staff have imported or changed is never touched.
 * Several nodes starting at once are fine: the list's primary key lets one of them store it.
 */
@Singleton
@Requires(property = "bridgehead.negative-lists.ship", notEquals = "false")
public class ShippedLists {

    static final List<String> RESOURCES = List.of("/compliance/lists/shanghai-ftz-lingang-2024.json", "/compliance/lists/shanghai-citywide-2025.json");
    private static final Logger LOG = LoggerFactory.getLogger(ShippedLists.class);

    private final NegativeLists lists;
    private final ObjectMapper mapper;

    ShippedLists(NegativeLists lists, ObjectMapper mapper) {
        this.lists = lists;
        this.mapper = mapper;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureShipped();
    }

    /** Stores each shipped list whose code the database does not have yet; harmless to call again. */
    public void ensureShipped() {
        for (ListInput list : shipped(mapper)) {
            try {
                if (lists.ship(list)) {
                    LOG.info("Stored the shipped negative list {}", list.code());
                }
            } catch (RuntimeException e) {
                // Another node stored it in the meantime, or the database is not there yet: the next start tries again.
                LOG.warn("Could not store the shipped negative list {}: {}", list.code(), e.getMessage());
            }
        }
    }

    /** The lists as shipped, read from the classpath. */
    public static List<ListInput> shipped(ObjectMapper mapper) {
        return RESOURCES.stream().map(resource -> read(mapper, resource)).toList();
    }

    private static ListInput read(ObjectMapper mapper, String resource) {
        try (InputStream in = ShippedLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The shipped negative list " + resource + " is missing from the classpath");
            }
            return mapper.readValue(in, ListInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped negative list " + resource, e);
        }
    }
}
