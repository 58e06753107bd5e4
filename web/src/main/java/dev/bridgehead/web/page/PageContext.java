package dev.bridgehead.web.page;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.i18n.Messages;
import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The part of every page's model the layout needs: language and messages, where the page is,
 * who is signed in, the form token, and a notice to show after a redirect.
 *
 * @param path      the page's own path and query, to come back to after switching language
 * @param actor     the signed-in person, or null
 * @param csrfToken the token every form of the page carries
 * @param notice    the message key of a notice ("saved", …), or null
 */
public record PageContext(Messages messages, String path, @Nullable Actor actor, String csrfToken, @Nullable String notice, long unread) {

    public static final java.time.ZoneOffset PARK_TIME = java.time.ZoneOffset.ofHours(8);

    public Language language() {
        return messages.language();
    }

    /** A translated message; the templates' one way to show text. */
    public String t(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** The Chinese text on a Chinese page when there is one, else the English. */
    public String inLanguage(String english, String chinese) {
        return language() == Language.ZH && chinese != null && !chinese.isBlank() ? chinese : english;
    }

    /** A code's name in this language, e.g. {@code code("sector", "BIOMEDICINE")}. */
    public String code(String kind, Object code) {
        return code == null ? "" : messages.get(kind + "." + code);
    }

    /** A day as both Lingang and Singapore see it: they share UTC+8. */
    public String date(java.time.Instant at) {
        return at == null ? "" : java.time.LocalDate.ofInstant(at, PARK_TIME).toString();
    }

    /** A moment to the minute, in park time. */
    public String dateTime(java.time.Instant at) {
        return at == null ? "" : java.time.LocalDateTime.ofInstant(at, PARK_TIME).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()
                .replace('T', ' ');
    }

    public boolean signedIn() {
        return actor != null;
    }

    public boolean isStaff() {
        return actor != null && actor.isStaff();
    }

    public boolean isMember() {
        return actor != null && actor.organizationId() != null;
    }

    /** The other languages, each with the link that switches to it and comes back here. */
    public List<LanguageLink> otherLanguages() {
        return Arrays.stream(Language.values())
                .filter(language -> language != language())
                .map(language -> new LanguageLink(language, "/language?to=" + language.code() + "&back="
                        + URLEncoder.encode(path, StandardCharsets.UTF_8)))
                .toList();
    }

    /** A language the page can switch to. */
    public record LanguageLink(Language language, String href) {
    }
}
