package dev.bridgehead.search.index;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Index names with the configured prefix ({@code bridgehead.search.index-prefix}), so several
 * deployments or test modules can share one cluster without touching each other's indices.
 */
@Singleton
public class IndexNames {

    private final String prefix;

    public IndexNames(@Value("${bridgehead.search.index-prefix:bridgehead-}") String prefix) {
        this.prefix = prefix;
    }

    public String of(String name) {
        return prefix + name;
    }
}
