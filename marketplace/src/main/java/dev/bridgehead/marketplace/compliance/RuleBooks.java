package dev.bridgehead.marketplace.compliance;

import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads the rule book shipped with the application, and refuses one that contradicts itself. */
@Factory
public class RuleBooks {

    static final String RESOURCE = "/compliance/rulebook.json";
    private static final Set<String> OUTCOMES = Set.of("BLOCKED", "CLEAR", "REQUIRE", "LIST");

    @Singleton
    ComplianceEngine complianceEngine(ObjectMapper mapper) {
        return new ComplianceEngine(standard(mapper));
    }

    /** The shipped rule book. */
    public static RuleBook standard(ObjectMapper mapper) {
        try (InputStream in = RuleBooks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The rule book " + RESOURCE + " is missing from the classpath");
            }
            return checked(mapper.readValue(in, RuleBook.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule book " + RESOURCE, e);
        }
    }

    static RuleBook checked(RuleBook book) {
        Set<Mechanism> described = EnumSet.noneOf(Mechanism.class);
        book.mechanisms().forEach(terms -> described.add(terms.code()));
        if (!described.equals(EnumSet.allOf(Mechanism.class))) {
            throw new IllegalStateException("The rule book must describe every mechanism; it lacks " + EnumSet.complementOf(EnumSet.copyOf(described)));
        }
        Set<String> ids = new HashSet<>();
        for (RuleBook.Rule rule : book.rules()) {
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("Rule " + rule.id() + " appears twice in the rule book");
            }
            boolean note = RuleBook.NOTE_STAGE.equals(rule.stage());
            if (!note && (rule.then() == null || !OUTCOMES.contains(rule.then().outcome()))) {
                throw new IllegalStateException("Rule " + rule.id() + " must decide BLOCKED, CLEAR, REQUIRE or LIST");
            }
            if (!note && List.of("REQUIRE", "LIST").contains(rule.then().outcome()) && (rule.then().anyOf() == null || rule.then().anyOf().isEmpty())) {
                throw new IllegalStateException("Rule " + rule.id() + " requires nothing");
            }
            if (!note && rule.then().suggestedBy() != null && book.rule(rule.then().suggestedBy()).isEmpty()) {
                throw new IllegalStateException("Rule " + rule.id() + " names an unknown rule " + rule.then().suggestedBy());
            }
        }
        List<String> duplicates = book.duties().stream().map(RuleBook.Duty::id).filter(id -> !ids.add(id)).toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Duty ids repeat rule or duty ids: " + duplicates);
        }
        return book;
    }
}
