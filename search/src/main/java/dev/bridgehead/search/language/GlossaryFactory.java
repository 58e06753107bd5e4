package dev.bridgehead.search.language;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The glossary search and matching translate with: the one shipped with Bridgehead. */
@Factory
class GlossaryFactory {

    @Singleton
    Glossary glossary() {
        return Glossary.shipped();
    }
}
