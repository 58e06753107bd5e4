package dev.bridgehead.web.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Bridgehead speaks. */
public enum Language {
    EN(Locale.ENGLISH, "en", "English"),
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN", "简体中文");

    private final Locale locale;
    private final String tag;
    private final String nativeName;

    Language(Locale locale, String tag, String nativeName) {
        this.locale = locale;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag, for {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    /** The code used in the language cookie and the switch URL. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Any Chinese locale reads Simplified Chinese; everything else English. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code) || language.tag().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
