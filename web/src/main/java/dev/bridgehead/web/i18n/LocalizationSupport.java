package dev.bridgehead.web.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The one place that decides a request's language and hands out its messages. */
@Singleton
public class LocalizationSupport {

    static final String BUNDLE = "i18n.messages";

    private final HttpLocaleResolver localeResolver;
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    public LocalizationSupport(HttpLocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        for (Language language : Language.values()) {
            // The root bundle is English; no fallback to the JVM's default locale.
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            messages.put(language, new Messages(language, bundle));
        }
    }

    public Language language(HttpRequest<?> request) {
        return Language.of(localeResolver.resolve(request).orElse(Locale.ENGLISH));
    }

    public Messages messages(HttpRequest<?> request) {
        return messages(language(request));
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }
}
