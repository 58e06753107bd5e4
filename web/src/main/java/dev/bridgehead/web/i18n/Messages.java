package dev.bridgehead.web.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundle of one language; a missing key shows as itself in brackets so tests and people notice. */
public final class Messages {

    private final Language language;
    private final ResourceBundle bundle;

    Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
