package dev.bridgehead.marketplace.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks over many generated cases from a fixed seed: the same cases on every run, and a
 * failure names the case and its seed. Run with {@code -Dbridgehead.cases.seed=N} to explore
 * other cases.
 */
public final class RandomCases {

    private RandomCases() {
    }

    public static long seed() {
        return Long.getLong("bridgehead.cases.seed", 20261124L);
    }

    /** Checks {@code property} on {@code count} cases drawn by {@code generator}. */
    public static <T> void check(int count, Function<Random, T> generator, Consumer<T> property) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Case " + i + " of seed " + seed + " fails: " + value + "\n" + e.getMessage(), e);
            }
        }
    }

    public static <E> E oneOf(Random random, List<E> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static <E extends Enum<E>> E oneOf(Random random, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /** A random subset of the constants, each kept with probability {@code p}. */
    public static <E extends Enum<E>> List<E> someOf(Random random, Class<E> type, double p) {
        List<E> chosen = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            if (random.nextDouble() < p) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    /** Mostly the edge values given, otherwise uniform in [0, max]. */
    public static long count(Random random, long max, long... edges) {
        return random.nextBoolean() ? edges[random.nextInt(edges.length)] : (long) (random.nextDouble() * (max + 1));
    }
}
