package dev.bridgehead.web.page;

import dev.bridgehead.web.i18n.Language;
import dev.bridgehead.web.i18n.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The part of every page's model the layout needs: language, messages and where the page is.
 *
 * @param messages the request's message bundle
 * @param path     the page's own path and query, to come back to after switching language
 */
public record PageContext(Messages messages, String path) {

    public Language language() {
        return messages.language();
    }

    /** A translated message; the templates' one way to show text. */
    public String t(String key, Object... arguments) {
        return messages.get(key, arguments);
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
