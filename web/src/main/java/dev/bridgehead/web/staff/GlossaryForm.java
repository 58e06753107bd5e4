package dev.bridgehead.web.staff;

import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.glossary.GlossaryTerm;
import dev.bridgehead.marketplace.glossary.TermInput;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The glossary form as typed: {@code term} names the term being corrected (empty for a new one). */
@Serdeable
public record GlossaryForm(@Nullable String term, @Nullable String english, @Nullable String chinese, @Nullable String sector,
                           @Nullable String source, @Nullable String version, @Nullable String csrfToken) implements CsrfForm {

    static GlossaryForm empty() {
        return new GlossaryForm(null, null, null, null, null, null, null);
    }

    static GlossaryForm of(GlossaryTerm term) {
        return new GlossaryForm(term.key(), term.english(), term.chinese(), term.sector(), term.source(),
                term.version() == null ? null : term.version().toString(), null);
    }

    TermInput input() {
        return new TermInput(english, chinese, sector, source, versionNumber());
    }

    /** The version read, as a number; a field error when it is not one. */
    Integer versionNumber() {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("version", "not-a-number", "'" + version + "' is not a whole number");
        }
    }
}
