package dev.bridgehead.marketplace.compliance;

import io.micronaut.serde.annotation.Serdeable;

/** A sentence of the rule book in English and Simplified Chinese. */
@Serdeable
public record Bilingual(String en, String zh) {

    public String in(boolean chinese) {
        return chinese ? zh : en;
    }
}
