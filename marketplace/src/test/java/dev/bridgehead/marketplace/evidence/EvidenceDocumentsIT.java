package dev.bridgehead.marketplace.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.failure.InvalidInput;
import dev.bridgehead.marketplace.failure.NotFound;
import dev.bridgehead.marketplace.failure.TooLarge;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.EvidenceFixture;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence documents on the real database: what is accepted, how it is kept, and who may open it. */
@MicronautTest(transactional = false, startApplication = false)
class EvidenceDocumentsIT {

    @Inject
    EvidenceDocuments documents;

    @Inject
    CurationService curation;

    @Inject
    AuditLog audit;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    DatabaseCleaner database;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private Actor seeker;
    private Actor provider;
    private Actor staff;

    @BeforeEach
    void marketplace() {
        database.clean();
        seeker = fixture.verifiedMember("CN");
        provider = fixture.verifiedMember("SG");
        staff = fixture.staff();
    }

    @Test
    void aPdfAPngAndAJpegAreStoredUnderTheirHashAndComeBackByteForByte() {
        byte[] pdf = EvidenceFixture.pdf("standard contract filing");
        for (byte[] content : List.of(pdf, EvidenceFixture.png(), EvidenceFixture.jpeg())) {
            StoredDocument stored = documents.store(seeker, seeker.organizationId(), content);

            assertThat(stored.sha256()).isEqualTo(EvidenceDocuments.sha256(content)).hasSize(64);
            assertThat(stored.size()).isEqualTo(content.length);
            assertThat(documents.open(seeker, seeker.organizationId(), stored.sha256()).content()).isEqualTo(content);
        }
        assertThat(documents.store(seeker, seeker.organizationId(), pdf).contentType()).isEqualTo("application/pdf");
        assertThat(documents.store(seeker, seeker.organizationId(), EvidenceFixture.png()).contentType()).isEqualTo("image/png");
        assertThat(documents.store(seeker, seeker.organizationId(), EvidenceFixture.jpeg()).contentType()).isEqualTo("image/jpeg");
        assertThat(count("SELECT COUNT(*) FROM evidence_document")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).as("uploading the same bytes again records nothing new").isEqualTo(3);
    }

    @Test
    void aWebPageIsRefusedOnTheFileFieldWhateverItClaimsAndNothingIsStored() {
        assertThatThrownBy(() -> documents.store(seeker, seeker.organizationId(), EvidenceFixture.html()))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.code()).isEqualTo("not-a-document");
                            assertThat(error.message()).contains("PDF, PNG or JPEG");
                        }));
        assertThatThrownBy(() -> documents.store(seeker, seeker.organizationId(), new byte[0]))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.errors().get(0).field()).isEqualTo("file"));

        assertThat(count("SELECT COUNT(*) FROM evidence_document")).isZero();
        assertThat(count("SELECT COUNT(*) FROM evidence_chunk")).isZero();
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();
    }

    @Test
    void aDocumentOf10MbIsKeptAndOneByteMoreIsRefusedAsTooLarge() {
        StoredDocument largest = documents.store(seeker, seeker.organizationId(), EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES));
        assertThat(largest.size()).isEqualTo(10 * 1024 * 1024);
        assertThat(documents.open(seeker, seeker.organizationId(), largest.sha256()).content())
                .isEqualTo(EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES));
        assertThat(count("SELECT COUNT(*) FROM evidence_chunk")).as("kept in pieces of 1 MB").isEqualTo(10);

        assertThatThrownBy(() -> documents.store(seeker, seeker.organizationId(), EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(TooLarge.class, refused -> assertThat(refused.error().field()).isEqualTo("file"));
        assertThat(count("SELECT COUNT(*) FROM evidence_document")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM evidence_chunk")).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isEqualTo(1);
    }

    @Test
    void theSameBytesFromTwoOrganisationsAreKeptOnceAndEachReachesThemOnlyThroughItsOwnUpload() {
        byte[] certificate = EvidenceFixture.pdf("DPTM certificate");
        String sha256 = documents.store(seeker, seeker.organizationId(), certificate).sha256();
        assertThatThrownBy(() -> documents.open(provider, provider.organizationId(), sha256))
                .as("the bytes exist, but not among the provider's uploads").isInstanceOf(NotFound.class);

        assertThat(documents.store(provider, provider.organizationId(), certificate).sha256()).isEqualTo(sha256);

        assertThat(count("SELECT COUNT(*) FROM evidence_document")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM evidence_chunk")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isEqualTo(2);
        assertThat(documents.open(provider, provider.organizationId(), sha256).content()).isEqualTo(certificate);
        assertThatThrownBy(() -> documents.open(provider, seeker.organizationId(), sha256)).isInstanceOf(NotFound.class);
        assertThat(audit.about("organization", seeker.organizationId())).extracting(AuditEntry::action).doesNotContain("evidence.downloaded");
    }

    @Test
    void onlyTheOrganisationsMembersAndStaffStoreItsEvidence() {
        byte[] content = EvidenceFixture.pdf("filing");

        assertThatThrownBy(() -> documents.store(provider, seeker.organizationId(), content)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> documents.store(null, seeker.organizationId(), content)).isInstanceOf(NotFound.class);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();

        String sha256 = documents.store(staff, seeker.organizationId(), content).sha256();
        assertThat(documents.open(seeker, seeker.organizationId(), sha256).content()).isEqualTo(content);
        assertThat(count("SELECT uploaded_by FROM evidence_upload")).isEqualTo(staff.userId());
    }

    @Test
    void staffOpenAnyOrganisationsEvidenceAndEachOpeningIsAuditedButAMembersOwnIsNot() {
        String sha256 = documents.store(seeker, seeker.organizationId(), EvidenceFixture.png()).sha256();

        documents.open(seeker, seeker.organizationId(), sha256);
        documents.open(staff, seeker.organizationId(), sha256);

        assertThat(audit.about("organization", seeker.organizationId())).filteredOn(e -> e.action().equals("evidence.downloaded"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo(staff.userId());
                    assertThat(entry.note()).isEqualTo(sha256);
                });
    }

    @Test
    void theOtherPartyOfAMatchOpensTheEvidenceOnlyOnceStaffHaveIntroducedThemAndEveryOpeningIsAudited() {
        String sha256 = documents.store(seeker, seeker.organizationId(), EvidenceFixture.pdf("security assessment approval")).sha256();
        Actor stranger = fixture.verifiedMember("SG");
        Match match = suggestions.suggestion(seeker, provider, "Vessel data", List.of("INTERNATIONAL_SHIPPING"), "CN_TO_SG", Verdict.CLEAR, 90);

        assertThatThrownBy(() -> documents.open(provider, seeker.organizationId(), sha256)).as("suggested").isInstanceOf(NotFound.class);
        curation.approve(staff, match.id(), "Good fit");
        assertThatThrownBy(() -> documents.open(provider, seeker.organizationId(), sha256)).as("approved").isInstanceOf(NotFound.class);

        curation.introduce(staff, match.id(), "Introduced");
        assertThat(documents.open(provider, seeker.organizationId(), sha256).contentType()).isEqualTo("application/pdf");
        curation.progress(provider, match.id(), "IN_TALKS", null, null);
        documents.open(provider, seeker.organizationId(), sha256);
        curation.progress(seeker, match.id(), "AGREED", new BigDecimal("1000000"), null);
        documents.open(provider, seeker.organizationId(), sha256);

        assertThatThrownBy(() -> documents.open(stranger, seeker.organizationId(), sha256)).isInstanceOf(NotFound.class);
        assertThat(audit.about("organization", seeker.organizationId())).filteredOn(e -> e.action().equals("evidence.downloaded"))
                .hasSize(3).allSatisfy(entry -> {
                    assertThat(entry.actorId()).isEqualTo(provider.userId());
                    assertThat(entry.note()).isEqualTo(sha256);
                });
    }

    @Test
    void aDeclinedMatchNoLongerOpensThePartnersEvidence() {
        String sha256 = documents.store(provider, provider.organizationId(), EvidenceFixture.jpeg()).sha256();
        Match match = suggestions.suggestion(seeker, provider, "Port data", List.of("INTERNATIONAL_SHIPPING"), "CN_TO_SG", Verdict.CLEAR, 80);
        curation.approve(staff, match.id(), null);
        curation.introduce(staff, match.id(), null);
        assertThat(documents.open(seeker, provider.organizationId(), sha256).content()).isEqualTo(EvidenceFixture.jpeg());

        curation.progress(seeker, match.id(), "DECLINED", null, "Not now");

        assertThatThrownBy(() -> documents.open(seeker, provider.organizationId(), sha256)).isInstanceOf(NotFound.class);
    }

    @Test
    void aHashIsFoundInEitherCaseAndAnythingThatIsNotAHashIsNotFound() {
        String sha256 = documents.store(seeker, seeker.organizationId(), EvidenceFixture.png()).sha256();

        assertThat(documents.open(seeker, seeker.organizationId(), sha256.toUpperCase(Locale.ROOT)).sha256()).isEqualTo(sha256);
        for (String malformed : new String[] {"", "abc", sha256 + "0", sha256.substring(1) + "g", "../" + sha256.substring(3), null}) {
            assertThatThrownBy(() -> documents.open(seeker, seeker.organizationId(), malformed)).as(malformed).isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> documents.open(null, seeker.organizationId(), sha256)).isInstanceOf(NotFound.class);
    }

    private long count(String query) {
        DataSource plain = resolver.resolve(dataSource);
        try (Connection c = plain.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
