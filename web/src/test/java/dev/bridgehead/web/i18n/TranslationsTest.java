package dev.bridgehead.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages say everything, with the same placeholders, and MessageFormat reads every message as written. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** In a message with placeholders MessageFormat takes a single apostrophe as a quote and drops it with what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties english = load("/i18n/messages.properties");
    private final Properties chinese = load("/i18n/messages_zh.properties");

    @Test
    void everyKeyExistsInBothLanguages() {
        assertThat(new TreeSet<>(chinese.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyMessageHasTheSamePlaceholdersInBothLanguages() {
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key, ""))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void noMessageWithPlaceholdersHasALoneApostrophe() {
        for (Properties messages : new Properties[] {english, chinese}) {
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                if (!placeholders(message).isEmpty()) {
                    assertThat(LONE_APOSTROPHE.matcher(message).find()).as(key + ": write '' for an apostrophe").isFalse();
                }
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
