package dev.bridgehead.marketplace.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an organisation's registry ID: in China the 18-character unified social credit code,
 * whose last character is a check character (GB 32100-2015); in Singapore the UEN, whose format is
 * checked but not its check letter, since ACRA does not publish the rule.
 */
public final class RegistryIds {

    /** GB 32100-2015's 31 characters: digits and capitals without I, O, Z, S and V. */
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");
    /** Businesses; local companies (year first); foreign companies; other entities (R/S/T, year, entity type). */
    private static final Pattern UEN = Pattern.compile("[0-9]{8}[A-Z]|(19|20)[0-9]{7}[A-Z]|F000[0-9]{5}[A-Z]|[RST][0-9]{2}[A-Z][A-Z0-9][0-9]{4}[A-Z]");

    private RegistryIds() {
    }

    /** The ID as stored: without spaces or dashes, in capitals. */
    public static String normalised(String id) {
        return id.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with an ID: a code for translations and a sentence. */
    public record Problem(String code, String message) {
    }

    /** Why the (normalised) ID is not one of the jurisdiction's, or empty when it is; the year is this year in the park. */
    public static Optional<Problem> problem(Jurisdiction jurisdiction, String id) {
        return problem(jurisdiction, id, java.time.Year.now(java.time.ZoneOffset.ofHours(8)).getValue());
    }

    /** The same, with the year after which no UEN can have been issued yet. */
    public static Optional<Problem> problem(Jurisdiction jurisdiction, String id, int thisYear) {
        return switch (jurisdiction) {
            case CN -> uscc(id);
            case SG -> uen(id, thisYear);
        };
    }

    private static Optional<Problem> uen(String id, int thisYear) {
        if (!UEN.matcher(id).matches()) {
            return Optional.of(new Problem("invalid-uen", "is not a UEN: 8 digits and a letter, 9 digits starting with the year and a letter, "
                    + "F000 with 5 digits and a letter, or R, S or T with the year, an entity type, 4 digits and a letter"));
        }
        Integer issued = issueYear(id);
        if (issued != null && issued > thisYear) {
            return Optional.of(new Problem("invalid-uen", "names " + issued + " as the year it was issued, which has not come yet"));
        }
        return Optional.empty();
    }

    /** The year a local company's or another entity's UEN was issued in (R 18xx, S 19xx, T 20xx); null for a business's. */
    private static Integer issueYear(String uen) {
        if (uen.length() == 10 && Character.isDigit(uen.charAt(0))) {
            return Integer.valueOf(uen.substring(0, 4));
        }
        int century = switch (uen.charAt(0)) {
            case 'R' -> 1800;
            case 'S' -> 1900;
            case 'T' -> 2000;
            default -> -1;
        };
        return century < 0 || uen.startsWith("F000") ? null : century + Integer.parseInt(uen.substring(1, 3));
    }

    private static Optional<Problem> uscc(String id) {
        if (id.length() != 18) {
            return Optional.of(new Problem("invalid-uscc", "must be the 18-character unified social credit code"));
        }
        if (!USCC.matcher(id).matches()) {
            return Optional.of(new Problem("invalid-uscc",
                    "is not a unified social credit code: it has characters the code does not use (I, O, Z, S, V) or no area code"));
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (id.charAt(17) != expected) {
            return Optional.of(new Problem("wrong-check-character",
                    "has a wrong check character: the 18th character should be " + expected + " (GB 32100-2015); check for a typing error"));
        }
        return Optional.empty();
    }

    /** The 18th character for the first 17: weights 3^(i-1) mod 31, check = (31 - sum mod 31) mod 31. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARACTERS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return USCC_CHARACTERS.charAt((31 - sum % 31) % 31);
    }
}
