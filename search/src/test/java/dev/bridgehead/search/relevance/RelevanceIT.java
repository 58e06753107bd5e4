package dev.bridgehead.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.Registration;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.OrganizationDetails;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.RegistryIdFixture;
import dev.bridgehead.search.matching.SearchCandidates;
import dev.bridgehead.search.query.ListingSearch;
import dev.bridgehead.search.query.Translating;
import dev.bridgehead.search.testing.IndexingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The relevance set on the real stack: its listings published through the services and indexed by
 * the outbox indexer, its searches and needs run each way of crossing the language border. The
 * default way must find the one right answer of a cross-language search first or nearly (MRR@10 of
 * at least 0.8), rank same-language answers at least as well as searching without any translation,
 * and match needs to their partners across the border with an nDCG@10 of at least 0.85. The
 * figures of every way are written to {@code target/relevance-report.md}.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceIT {

    @Inject
    AccountService accounts;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    NeedService needs;

    @Inject
    ListingSearch search;

    @Inject
    SearchCandidates candidates;

    @Inject
    IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private final Map<Translating, Figures> figures = new EnumMap<>(Translating.class);

    @BeforeAll
    void marketplaceWithTheRelevanceSet() throws IOException {
        database.clean();
        indices.clean();
        RelevanceRun run = RelevanceRun.load(RelevanceSet.shipped(), this::member, (owner, input) -> fixture.published(owner, input).id(), needs);
        indexing.awaitIndexed();
        for (Translating how : Translating.values()) {
            figures.put(how, run.measure(search, candidates, how));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/relevance-report.md"), report(run.set()));
    }

    private Actor member(RelevanceSet.Organization organization) {
        Actor member = accounts.registerConfirmed(new Registration(new OrganizationDetails(organization.name(), organization.nameZh(),
                organization.jurisdiction(), List.of("OTHER"), null, "A firm of the relevance set.", null, "SME",
                RegistryIdFixture.next(organization.jurisdiction()), RegistryIdFixture.areaOf(organization.jurisdiction()), null),
                new Registration.NewUser(MarketplaceFixture.uniqueEmail(organization.key()), MarketplaceFixture.PASSWORD, organization.name())))
                .asActor();
        fixture.verify(member);
        return member;
    }

    @Test
    void crossLanguageSearchesFindTheirOneAnswerFirstOrNearly() {
        Figures both = figures.get(Translating.BOTH);
        assertThat(both.crossLanguageMrr()).as("cross-language MRR@10; misses: %s", both.misses()).isGreaterThanOrEqualTo(0.8);
        assertThat(figures.get(Translating.NONE).crossLanguageMrr()).as("without translation").isLessThan(0.5);
    }

    @Test
    void sameLanguageSearchRanksAtLeastAsWellAsWithoutTranslation() {
        assertThat(figures.get(Translating.BOTH).sameLanguageNdcg())
                .isGreaterThanOrEqualTo(figures.get(Translating.NONE).sameLanguageNdcg() - 1e-9);
    }

    @Test
    void needsAreMatchedToTheirPartnersAcrossTheBorder() {
        Figures both = figures.get(Translating.BOTH);
        assertThat(both.matchingNdcg()).as("matching nDCG@10; misses: %s", both.misses()).isGreaterThanOrEqualTo(0.85);
    }

    private String report(RelevanceSet set) {
        StringBuilder report = new StringBuilder("# Relevance set\n\n");
        report.append(String.format(Locale.ROOT, "%d listings, %d searches (%d cross-language), %d needs.%n%n", set.listings().size(),
                set.searches().size(), set.searches().stream().filter(RelevanceSet.SearchCase::crossLanguage).count(), set.needs().size()));
        report.append("| translating | cross-language MRR@10 | cross-language nDCG@10 | same-language nDCG@10 | matching nDCG@10 |\n");
        report.append("| --- | ---: | ---: | ---: | ---: |\n");
        figures.forEach((how, f) -> report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", how, f.crossLanguageMrr(),
                f.crossLanguageNdcg(), f.sameLanguageNdcg(), f.matchingNdcg())));
        report.append("\nShort of the mark with BOTH:\n\n");
        figures.get(Translating.BOTH).misses().forEach(miss -> report.append("- ").append(miss).append('\n'));
        return report.toString();
    }
}
