package dev.bridgehead.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.EvidenceFixture;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.page.Browser;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member uploads evidence through the page form, with its CSRF token in the multipart body. */
@MicronautTest(transactional = false)
class EvidenceUploadPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private Actor member;
    private Browser browser;

    @BeforeEach
    void signIn() {
        database.clean();
        member = fixture.member("SG");
        browser = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(member));
    }

    @Test
    void the_form_posts_a_multipart_body_with_its_token() {
        HttpResponse<String> page = browser.get("/my/organization/evidence");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "name=\"csrfToken\"", "name=\"file\" type=\"file\"", "10 MB");
    }

    @Test
    void a_member_uploads_a_document_and_returns_to_the_organisation_page_with_its_hash() throws Exception {
        byte[] jpeg = EvidenceFixture.jpeg();

        HttpResponse<String> response = browser.postFile("/my/organization/evidence", browser.csrfToken(), "seal.jpg", "image/jpeg", jpeg);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .matches("/my/organization\\?notice=uploaded&sha256=[0-9a-f]{64}#compliance"));
        assertThat(count("SELECT COUNT(*) FROM evidence_upload WHERE organization_id = " + member.organizationId())).isEqualTo(1);
        assertThat(browser.get(response.headers().firstValue("Location").orElseThrow().replace("#compliance", "")).body())
                .contains("The document is uploaded.");
    }

    @Test
    void an_upload_without_its_token_or_with_a_forged_one_is_refused_and_nothing_is_stored() throws Exception {
        byte[] pdf = EvidenceFixture.pdf("forged");

        assertThat(browser.postFile("/my/organization/evidence", null, "a.pdf", "application/pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(browser.postFile("/my/organization/evidence", "forged-token", "a.pdf", "application/pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();
    }

    @Test
    void a_web_page_named_pdf_comes_back_on_the_form_with_the_error_beside_the_file() throws Exception {
        HttpResponse<String> response = browser.postFile("/my/organization/evidence", browser.csrfToken(), "contract.pdf", "application/pdf",
                EvidenceFixture.html());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"file-error\"", "not a PDF, PNG or JPEG").doesNotContain("<script>alert");
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();
    }

    @Test
    void a_file_over_10_mb_comes_back_on_the_form_as_too_large() throws Exception {
        HttpResponse<String> response = browser.postFile("/my/organization/evidence", browser.csrfToken(), "scan.pdf", "application/pdf",
                EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("id=\"file-error\"", "larger than 10 MB");
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();
    }

    private long count(String query) throws Exception {
        DataSource plain = resolver.resolve(dataSource);
        try (Connection c = plain.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
