package dev.bridgehead.marketplace.testing;

import dev.bridgehead.marketplace.organization.RegistryIds;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Valid registry IDs no other test has used: unified social credit codes for CN, business UENs for SG. */
public final class RegistryIdFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L));

    private RegistryIdFixture() {
    }

    public static String next(String jurisdiction) {
        long n = SEQUENCE.incrementAndGet();
        if ("CN".equals(jurisdiction)) {
            String first17 = "91310115" + String.format("%09d", n);
            return first17 + RegistryIds.checkCharacter(first17);
        }
        return String.format("%08d", n % 100_000_000L) + "K";
    }

    /** The registration area a test gives a firm of the jurisdiction: Lingang in China, none elsewhere. */
    public static String areaOf(String jurisdiction) {
        return "CN".equals(jurisdiction) ? "LINGANG" : null;
    }
}
