package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.audit.AuditEntry;
import dev.bridgehead.marketplace.audit.AuditLog;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.evidence.EvidenceDocuments;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.EvidenceFixture;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import dev.bridgehead.web.page.Browser;
import dev.bridgehead.web.page.Multipart;
import io.micronaut.context.annotation.Property;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence documents through the API: what an upload answers, and who gets a document back with which headers. */
@MicronautTest(transactional = false)
@Property(name = "bridgehead.matching.refresher.enabled", value = "false")
class EvidenceApiIT {

    private static final Pattern SHA256 = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"");

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    CurationService curation;

    @Inject
    AuditLog audit;

    @Inject
    DatabaseCleaner database;

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor owner;
    private String ownerToken;

    @BeforeEach
    void signIn() throws Exception {
        database.clean();
        owner = fixture.verifiedMember("CN");
        ownerToken = token(owner);
    }

    @Test
    void a_member_uploads_a_pdf_and_gets_its_hash_size_and_content_type() throws Exception {
        byte[] pdf = EvidenceFixture.pdf("CAC standard contract filing 2026-017");

        HttpResponse<String> response = upload(owner.organizationId(), "filing.pdf", "application/pdf", pdf, ownerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String sha256 = sha256(response);
        assertThat(response.body()).contains("\"size\":" + pdf.length, "\"contentType\":\"application/pdf\"");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/organizations/" + owner.organizationId() + "/compliance/evidence/" + sha256);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload WHERE organization_id = " + owner.organizationId())).isEqualTo(1);
    }

    @Test
    void a_web_page_named_pdf_and_declared_a_pdf_is_a_400_on_the_file_field_and_nothing_is_stored() throws Exception {
        HttpResponse<String> response = upload(owner.organizationId(), "certificate.pdf", "application/pdf", EvidenceFixture.html(), ownerToken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"file\"", "\"code\":\"not-a-document\"", "PDF, PNG or JPEG");
        assertNothingStored();
    }

    @Test
    void an_upload_without_a_file_or_with_an_empty_one_is_a_400_on_the_file_field() throws Exception {
        Multipart noFile = new Multipart().field("note", "forgot the file");
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/api/v1/organizations/" + owner.organizationId() + "/compliance/evidence"))
                .header("Authorization", "Bearer " + ownerToken).header("Content-Type", noFile.contentType()).POST(noFile.publisher()));
        HttpResponse<String> empty = upload(owner.organizationId(), "empty.pdf", "application/pdf", new byte[0], ownerToken);

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"file\"");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"file\"");
        assertNothingStored();
    }

    @Test
    void a_file_of_10_mb_and_one_byte_is_a_413_problem_and_nothing_is_stored() throws Exception {
        byte[] tooLarge = EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES + 1);

        HttpResponse<String> response = upload(owner.organizationId(), "scan.pdf", "application/pdf", tooLarge, ownerToken);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413", "\"field\":\"file\"", "\"code\":\"too-large\"", "larger than 10 MB");
        assertNothingStored();
    }

    @Test
    void a_file_of_exactly_10_mb_is_accepted() throws Exception {
        HttpResponse<String> response = upload(owner.organizationId(), "scan.pdf", "application/pdf",
                EvidenceFixture.pdfOfSize(EvidenceDocuments.MAX_BYTES), ownerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"size\":" + EvidenceDocuments.MAX_BYTES);
    }

    @Test
    void a_body_over_the_servers_limit_is_a_413_problem_at_once_and_nothing_is_stored() throws Exception {
        // Only the headers are sent, declaring a 12 MB body: the server must answer from them, without waiting for the body.
        // (Sending the body too would race the server's early answer against the client's upload: a broken pipe can eat the 413.)
        String head = "POST /api/v1/organizations/" + owner.organizationId() + "/compliance/evidence HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + ownerToken + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + (12 * 1024 * 1024) + "\r\n\r\n";
        String answer;
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = new String(socket.getInputStream().readNBytes(400), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(answer).as("answered from the headers, not held until the body or the idle timeout").startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json");
        assertNothingStored();
    }

    @Test
    void json_bodies_and_page_forms_are_still_limited_to_1_mb() throws Exception {
        String json = "{\"title\":\"" + "x".repeat(1_200_000) + "\"}";
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/listings")).header("Authorization", "Bearer " + ownerToken)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(api.statusCode()).isEqualTo(413);

        Browser browser = Browser.signedIn(uri("/"), fixture.emailOf(owner));
        HttpResponse<String> form = browser.postRaw("/my/listings", "csrfToken=" + browser.csrfToken() + "&title=" + "x".repeat(1_200_000));
        assertThat(form.statusCode()).isEqualTo(413);
    }

    @Test
    void a_member_of_another_organisation_cannot_upload_for_it() throws Exception {
        Actor stranger = fixture.verifiedMember("SG");

        HttpResponse<String> response = upload(owner.organizationId(), "filing.pdf", "application/pdf", EvidenceFixture.pdf("x"), token(stranger));

        assertThat(response.statusCode()).isEqualTo(404);
        assertNothingStored();
    }

    @Test
    void the_owner_downloads_the_document_as_an_attachment_that_nothing_can_run_in() throws Exception {
        byte[] png = EvidenceFixture.png();
        String path = documentPath(upload(owner.organizationId(), "seal.png", "image/png", png, ownerToken));

        HttpResponse<byte[]> download = download(path, ownerToken);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("sandbox", "default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src"));
        assertThat(audit.about("organization", owner.organizationId())).extracting(AuditEntry::action).doesNotContain("evidence.downloaded");
    }

    @Test
    void staff_view_a_document_inline_and_the_viewing_is_audited() throws Exception {
        Actor staff = fixture.staff();
        String path = documentPath(upload(owner.organizationId(), "filing.pdf", "application/pdf", EvidenceFixture.pdf("for staff"), ownerToken));

        HttpResponse<byte[]> inline = download(path + "?inline=true", token(staff));

        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(inline.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(inline.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("inline"));
        assertThat(inline.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).isEqualTo("frame-ancestors 'self'"));
        assertThat(audit.about("organization", owner.organizationId())).filteredOn(e -> e.action().equals("evidence.downloaded"))
                .singleElement().satisfies(entry -> assertThat(entry.actorId()).isEqualTo(staff.userId()));
    }

    @Test
    void the_other_party_of_an_introduced_match_downloads_the_document_and_is_audited() throws Exception {
        Actor partner = fixture.verifiedMember("SG");
        String partnerToken = token(partner);
        String sha256 = sha256(upload(owner.organizationId(), "filing.pdf", "application/pdf", EvidenceFixture.pdf("for the partner"), ownerToken));
        String path = "/api/v1/organizations/" + owner.organizationId() + "/compliance/evidence/" + sha256;
        Match match = suggestions.suggestion(owner, partner, "Trial data", List.of("BIOMEDICINE"), "CN_TO_SG", Verdict.CLEAR, 90);
        Actor staff = fixture.staff();
        curation.approve(staff, match.id(), null);
        assertThat(download(path, partnerToken).statusCode()).as("approved, not yet introduced").isEqualTo(404);

        curation.introduce(staff, match.id(), null);
        HttpResponse<byte[]> download = download(path, partnerToken);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(EvidenceFixture.pdf("for the partner"));
        assertThat(audit.about("organization", owner.organizationId())).filteredOn(e -> e.action().equals("evidence.downloaded"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo(partner.userId());
                    assertThat(entry.note()).isEqualTo(sha256);
                });
    }

    @Test
    void an_unrelated_member_gets_404_and_an_anonymous_caller_401_both_as_problems() throws Exception {
        String path = documentPath(upload(owner.organizationId(), "filing.pdf", "application/pdf", EvidenceFixture.pdf("private"), ownerToken));

        HttpResponse<byte[]> stranger = download(path, token(fixture.verifiedMember("SG")));
        HttpResponse<byte[]> anonymous = download(path, null);
        HttpResponse<byte[]> malformed = download("/api/v1/organizations/" + owner.organizationId() + "/compliance/evidence/not-a-hash", ownerToken);

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(404);
        for (HttpResponse<byte[]> refused : List.of(stranger, anonymous, malformed)) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
        }
    }

    @Test
    void a_browser_session_downloads_the_document_but_uploads_only_through_the_page_form() throws Exception {
        String path = documentPath(upload(owner.organizationId(), "filing.pdf", "application/pdf", EvidenceFixture.pdf("session"), ownerToken));
        Browser browser = Browser.signedIn(uri("/"), fixture.emailOf(owner));

        assertThat(browser.download(path).statusCode()).isEqualTo(200);
        HttpResponse<String> upload = browser.postFile("/api/v1/organizations/" + owner.organizationId() + "/compliance/evidence", null,
                "other.pdf", "application/pdf", EvidenceFixture.pdf("cross-site"));
        assertThat(upload.statusCode()).as("a form post without its CSRF token").isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isEqualTo(1);
    }

    private void assertNothingStored() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM evidence_document")).isZero();
        assertThat(count("SELECT COUNT(*) FROM evidence_chunk")).isZero();
        assertThat(count("SELECT COUNT(*) FROM evidence_upload")).isZero();
    }

    private HttpResponse<String> upload(Long organizationId, String fileName, String contentType, byte[] content, String bearer) throws Exception {
        Multipart body = new Multipart().file("file", fileName, contentType, content);
        return send(HttpRequest.newBuilder(uri("/api/v1/organizations/" + organizationId + "/compliance/evidence"))
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json")
                .header("Content-Type", body.contentType()).POST(body.publisher()));
    }

    private HttpResponse<byte[]> download(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String documentPath(HttpResponse<String> uploaded) {
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return uploaded.headers().firstValue("Location").orElseThrow();
    }

    private static String sha256(HttpResponse<String> uploaded) {
        Matcher matcher = SHA256.matcher(uploaded.body());
        assertThat(matcher.find()).as(uploaded.body()).isTrue();
        return matcher.group(1);
    }

    private String token(Actor actor) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + fixture.emailOf(actor) + "\",\"password\":\""
                        + MarketplaceFixture.PASSWORD + "\"}")));
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private long count(String query) throws Exception {
        DataSource plain = resolver.resolve(dataSource);
        try (Connection c = plain.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
