package dev.bridgehead.web.organization;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.organization.ComplianceProfileService;
import dev.bridgehead.marketplace.organization.EntryKind;
import dev.bridgehead.marketplace.organization.EvidenceStatus;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.organization.Verification;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.RegistryIdFixture;
import dev.bridgehead.web.api.ApiClient;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evidence, registry IDs and changes that go back to staff, through the JSON API and the pages. */
@MicronautTest(transactional = false)
class TrustIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    OrganizationService organizations;

    @Inject
    ComplianceProfileService compliance;

    @Inject
    DatabaseCleaner database;

    private final HttpClient http = HttpClient.newHttpClient();
    private Actor member;
    private Actor staff;

    @BeforeEach
    void marketplace() {
        database.clean();
        member = fixture.verifiedMember("CN");
        staff = fixture.staff();
    }

    @Test
    void a_declared_mechanism_is_declared_in_the_api_until_staff_verify_it_and_a_stale_decision_is_refused() throws Exception {
        String memberToken = token(member);
        HttpResponse<String> declared = send("PUT", "/api/v1/organizations/" + member.organizationId() + "/compliance",
                "{\"mechanisms\":[{\"code\":\"CN_STANDARD_CONTRACT\",\"reference\":\"SH-SCC-2026-0042\",\"issuer\":\"Shanghai CAC\","
                        + "\"obtainedOn\":\"2026-03-01\",\"expiresOn\":\"2029-03-01\"}],\"certifications\":[],\"acceptsCategories\":[\"GENERAL\"],"
                        + "\"version\":0}", memberToken);
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).contains("\"status\":\"DECLARED\"").contains("\"reference\":\"SH-SCC-2026-0042\"")
                .contains("\"evidenceRef\":\"SH-SCC-2026-0042\"").contains("\"issuer\":\"Shanghai CAC\"");

        String path = "/api/v1/organizations/" + member.organizationId() + "/compliance/mechanisms/CN_STANDARD_CONTRACT/verify";
        assertThat(send("POST", path, "{\"decision\":\"VERIFIED\",\"version\":1}", memberToken).statusCode()).isEqualTo(403);
        HttpResponse<String> verified = send("POST", path, "{\"decision\":\"VERIFIED\",\"note\":\"filing checked\",\"version\":1}", token(staff));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("\"status\":\"VERIFIED\"").contains("\"verifiedAt\":\"");

        HttpResponse<String> stale = send("POST", path, "{\"decision\":\"REJECTED\",\"note\":\"not legible\",\"version\":1}", token(staff));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(compliance.profile(staff, member.organizationId()).entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status())
                .isEqualTo(EvidenceStatus.VERIFIED);
        assertThat(send("POST", "/api/v1/organizations/" + member.organizationId() + "/compliance/mechanisms/CN_PI_CERTIFICATION/verify",
                "{\"decision\":\"VERIFIED\"}", token(staff)).statusCode()).as("no such entry").isEqualTo(404);
    }

    @Test
    void a_registration_with_a_wrong_check_character_or_a_taken_id_is_refused_with_its_field() throws Exception {
        String valid = RegistryIdFixture.next("CN");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        HttpResponse<String> refused = send("POST", "/api/v1/register", registration(wrong, "wrong@example.cn"), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"organization.registryId\"").contains("wrong-check-character").contains("check character");

        assertThat(send("POST", "/api/v1/register", registration(valid, "first@example.cn"), null).statusCode()).isEqualTo(201);
        HttpResponse<String> taken = send("POST", "/api/v1/register", registration(valid, "second@example.cn"), null);
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("\"field\":\"organization.registryId\"").contains("already-registered").contains("contact the park");
    }

    @Test
    void a_verified_firm_that_renames_itself_keeps_its_verified_name_in_public_until_staff_accept_the_change() throws Exception {
        var current = organizations.get(member, member.organizationId());
        HttpResponse<String> changed = send("PUT", "/api/v1/organizations/" + member.organizationId(),
                "{\"name\":\"Renamed Lingang Data Co.\",\"jurisdiction\":\"CN\",\"sectors\":[\"BIOMEDICINE\"],\"registrationArea\":\"SHANGHAI_FTZ\","
                        + "\"version\":" + current.version() + "}", token(member));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"verification\":\"PENDING_CHANGE\"").contains("\"name\":\"Renamed Lingang Data Co.\"")
                .contains("\"pendingChange\":{\"name\":\"Renamed Lingang Data Co.\"").contains("\"registrationArea\":\"SHANGHAI_FTZ\"");
        // Reading the organisation and writing it back, as any client does, keeps the change waiting.
        HttpResponse<String> read = send("GET", "/api/v1/organizations/" + member.organizationId(), null, token(member));
        int version = Integer.parseInt(read.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
        HttpResponse<String> described = send("PUT", "/api/v1/organizations/" + member.organizationId(),
                "{\"name\":\"Renamed Lingang Data Co.\",\"jurisdiction\":\"CN\",\"sectors\":[\"BIOMEDICINE\"],\"registrationArea\":\"SHANGHAI_FTZ\","
                        + "\"description\":\"New words.\",\"version\":" + version + "}", token(member));
        assertThat(described.body()).contains("\"verification\":\"PENDING_CHANGE\"");
        String publicPage = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/organizations/" + member.organizationId())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(publicPage).contains(current.name()).doesNotContain("Renamed Lingang Data Co.");

        Browser staffBrowser = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(staff));
        assertThat(staffBrowser.get("/staff/verification").body()).contains("Renamed Lingang Data Co.").contains(current.name())
                .contains(current.registryId());
        HttpResponse<String> accepted = staffBrowser.post("/staff/organizations/" + member.organizationId() + "/verification",
                form("decision", "VERIFIED", "note", "new licence seen"));
        assertThat(accepted.statusCode()).isEqualTo(303);
        var after = organizations.get(staff, member.organizationId());
        assertThat(after.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(after.name()).isEqualTo("Renamed Lingang Data Co.");
    }

    @Test
    void staff_decide_evidence_from_their_queue_and_a_second_decision_on_the_same_page_changes_nothing() {
        compliance.updateProfile(member, member.organizationId(), new dev.bridgehead.marketplace.organization.ComplianceProfileInput(java.util.List.of(
                new dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput("CN_STANDARD_CONTRACT", null, "2026-03-01", null,
                        "SH-SCC-77", "Shanghai CAC", null, null)), java.util.List.of(), java.util.List.of("GENERAL"), false, 0));
        Browser first = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(staff));
        Browser second = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(fixture.staff()));
        String queue = first.get("/staff/evidence?code=CN_STANDARD_CONTRACT").body();
        assertThat(queue).contains("SH-SCC-77").contains("name=\"version\" value=\"1\"");
        second.get("/staff/evidence");

        HttpResponse<String> verified = first.post("/staff/evidence/" + member.organizationId() + "/mechanisms/CN_STANDARD_CONTRACT",
                form("decision", "VERIFIED", "note", "", "version", "1", "filterCode", "CN_STANDARD_CONTRACT"));
        HttpResponse<String> late = second.post("/staff/evidence/" + member.organizationId() + "/mechanisms/CN_STANDARD_CONTRACT",
                form("decision", "REJECTED", "note", "looks forged", "version", "1"));

        assertThat(verified.statusCode()).isEqualTo(303);
        assertThat(verified.headers().firstValue("Location")).hasValue("/staff/evidence?notice=evidenceDecided&code=CN_STANDARD_CONTRACT");
        assertThat(late.headers().firstValue("Location")).hasValue("/staff/evidence?notice=evidenceStale");
        assertThat(compliance.profile(staff, member.organizationId()).entry(EntryKind.MECHANISMS, "CN_STANDARD_CONTRACT").orElseThrow().status())
                .isEqualTo(EvidenceStatus.VERIFIED);
        assertThat(first.get("/staff/evidence").body()).doesNotContain("SH-SCC-77");
        Browser memberBrowser = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(member));
        assertThat(memberBrowser.get("/staff/evidence").statusCode()).isEqualTo(403);
        assertThat(memberBrowser.get("/my/organization").body()).contains("evidence-verified");
    }

    private String registration(String registryId, String email) {
        return "{\"organization\":{\"name\":\"Pudong Data Co.\",\"jurisdiction\":\"CN\",\"sectors\":[\"FINANCE\"],\"registryId\":\"" + registryId
                + "\",\"registrationArea\":\"LINGANG\"},\"user\":{\"email\":\"" + email + "\",\"password\":\"" + MarketplaceFixture.PASSWORD
                + "\",\"displayName\":\"Li\"}}";
    }

    private String token(Actor actor) throws Exception {
        return api().token(fixture.emailOf(actor));
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        return api().send(method, path, body, bearer);
    }

    private ApiClient api() {
        return new ApiClient(server.getURL().toString());
    }
}
