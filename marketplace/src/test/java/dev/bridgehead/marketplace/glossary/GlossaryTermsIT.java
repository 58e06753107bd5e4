package dev.bridgehead.marketplace.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.failure.Conflict;
import dev.bridgehead.marketplace.failure.FieldError;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotAllowed;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Park staff's changes to the glossary, stored in MySQL over the shipped terms. */
@MicronautTest(transactional = false)
class GlossaryTermsIT {

    @Inject
    GlossaryTerms glossary;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    AuditLog audit;

    @Inject
    TermChangeRepository changes;

    @Inject
    DatabaseCleaner database;

    private Actor staff;

    @BeforeEach
    void clean() {
        database.clean();
        staff = fixture.staff();
    }

    @Test
    void withoutChangesTheGlossaryIsTheShippedOne() {
        assertThat(glossary.effective()).isEqualTo(ShippedTerms.all());
        assertThat(glossary.effective()).allMatch(term -> term.origin() == GlossaryTerm.Origin.SHIPPED);
    }

    @Test
    void staffAddATermInBothLanguagesAndTheRevisionChanges() {
        String before = glossary.revision();

        GlossaryTerm added = glossary.add(staff, new TermInput("  Reefer   Plug ", "冷藏箱插座", "INTERNATIONAL_SHIPPING", "Park glossary 2026", null));

        assertThat(added.english()).isEqualTo("reefer plug");
        assertThat(added.origin()).isEqualTo(GlossaryTerm.Origin.ADDED);
        assertThat(glossary.effective()).last().isEqualTo(added);
        assertThat(glossary.revision()).isNotEqualTo(before);
        assertThat(audit.about("glossary", Long.valueOf(added.key().substring("term:".length()))))
                .extracting(AuditEntry::action).containsExactly("glossary.term.added");
    }

    @Test
    void aCorrectedShippedTermReplacesItInPlaceAndARemovedOneIsGoneForGood() {
        GlossaryTerm port = ShippedTerms.all().stream().filter(t -> t.english().equals("port")).findFirst().orElseThrow();
        int position = glossary.effective().indexOf(port);

        GlossaryTerm corrected = glossary.correct(staff, port.key(), new TermInput("port", "港区", "INTERNATIONAL_SHIPPING", null, null));

        assertThat(corrected.key()).isEqualTo(port.key());
        assertThat(corrected.origin()).isEqualTo(GlossaryTerm.Origin.CORRECTED);
        assertThat(glossary.effective().get(position)).isEqualTo(corrected);
        assertThat(glossary.effective()).doesNotContain(port);

        glossary.remove(staff, port.key(), corrected.version());
        assertThat(glossary.effective()).noneMatch(term -> term.key().equals(port.key()));
        assertThat(glossary.effective()).hasSize(ShippedTerms.all().size() - 1);
        assertThatThrownBy(() -> glossary.find(port.key())).isInstanceOf(NotFound.class);
    }

    @Test
    void aCorrectionOfATermNoLongerShippedStaysAndCanStillBeChanged() {
        TermChange orphan = changes.save(new TermChange(null, "harbour", "港湾", null, null, "shipped:harbor=港湾", false,
                java.time.Instant.now(), staff.userId(), null));

        GlossaryTerm kept = glossary.find("shipped:harbor=港湾");
        assertThat(kept.english()).isEqualTo("harbour");
        glossary.remove(staff, kept.key(), orphan.version());
        assertThat(glossary.effective()).noneMatch(term -> term.key().equals("shipped:harbor=港湾"));
    }

    @Test
    void aChangeFromAStaleReadIsRefusedAndChangesNothing() {
        GlossaryTerm added = glossary.add(staff, new TermInput("returns", "退货", null, null, null));
        glossary.correct(staff, added.key(), new TermInput("returns", "退换货", null, null, added.version()));

        assertThatThrownBy(() -> glossary.correct(staff, added.key(), new TermInput("return", "退货", null, null, added.version())))
                .isInstanceOf(Conflict.class);
        assertThat(glossary.find(added.key()).chinese()).isEqualTo("退换货");
    }

    @Test
    void badInputNamesEveryFieldAndChangesNothing() {
        String before = glossary.revision();

        assertThatThrownBy(() -> glossary.add(staff, new TermInput("港口", "port", "SHIPS", "x".repeat(301), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("english", "chinese", "sector", "source"));
        assertThatThrownBy(() -> glossary.add(staff, new TermInput("", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("english", "chinese"));
        assertThatThrownBy(() -> glossary.add(staff, new TermInput("r&d", "研发", null, null, null)))
                .as("a term the lookup could never read").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> glossary.add(staff, new TermInput("one two three four five six", "六个词", null, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(glossary.revision()).isEqualTo(before);
    }

    @Test
    void aPairAlreadyInTheGlossaryIsNotAddedTwice() {
        assertThatThrownBy(() -> glossary.add(staff, new TermInput("Port", "港口", null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("duplicate"));
    }

    @Test
    void onlyParkStaffChangeTheGlossary() {
        Actor member = fixture.verifiedMember("CN");

        assertThatThrownBy(() -> glossary.add(member, new TermInput("cold chain", "冷链", null, null, null))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> glossary.remove(member, glossary.effective().get(0).key(), null)).isInstanceOf(NotAllowed.class);
        assertThat(glossary.effective()).isEqualTo(ShippedTerms.all());
    }

    @Test
    void anUnknownTermIsNotFound() {
        assertThatThrownBy(() -> glossary.correct(staff, "term:999999", new TermInput("a", "甲", null, null, null))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> glossary.remove(staff, "shipped:nothing=无", null)).isInstanceOf(NotFound.class);
        assertThat(List.of(glossary.revision())).isNotEmpty();
    }
}
