package dev.bridgehead.marketplace.account;

import dev.bridgehead.marketplace.failure.InputCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@link #MIN} characters, and not a common or leaked one.
 * The list shipped in {@code account/common-passwords.txt} holds the 10,000 most common passwords
 * of the SecLists collection (danielmiessler/SecLists, {@code Passwords/Common-Credentials/10k-most-common.txt},
 * MIT licence; see {@code account/common-passwords.NOTICE}). Since few of them are 12 characters
 * long, a password is also refused when it is one of them with digits or symbols around it
 * ("password2026!"), when it is one character or only digits, or when it contains the e-mail's name.
 */
public final class Passwords {

    public static final int MIN = 12;
    public static final int MAX = 200;
    static final String LIST = "account/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    /** Checks a new password for the field {@code field}; {@code email} is the account's (may be null). */
    static void check(InputCheck check, String field, String password, String email) {
        if (password == null) {
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            check.add(field, "too-short", "must be at least " + MIN + " characters");
        } else if (password.length() > MAX) {
            check.add(field, "too-long", "must be at most " + MAX + " characters");
        } else if (isCommon(password)) {
            check.add(field, "too-common", "is a common or leaked password: choose another, such as a few unrelated words");
        } else if (containsEmailName(password, email)) {
            check.add(field, "contains-email", "must not contain your e-mail address");
        }
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2 || lower.chars().allMatch(Character::isDigit)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && COMMON.contains(core) || isRepeated(core);
    }

    /** "abcabcabcabc", "passwordpassword": a short piece said again. */
    private static boolean isRepeated(String text) {
        for (int piece = 1; piece <= text.length() / 2; piece++) {
            if (text.length() % piece == 0 && text.substring(0, piece).repeat(text.length() / piece).equals(text)
                    && (piece < 4 || COMMON.contains(text.substring(0, piece)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEmailName(String password, String email) {
        if (email == null || !email.contains("@")) {
            return false;
        }
        String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        return name.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(name);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_000);
        try (InputStream in = Passwords.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
