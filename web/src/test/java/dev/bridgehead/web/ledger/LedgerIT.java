package dev.bridgehead.web.ledger;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.ledger.ExportLedger;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.api.ApiClient;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export ledger through the JSON API and the pages, and the check's answer that counts it. */
@MicronautTest(transactional = false)
class LedgerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    ExportLedger ledger;

    @Inject
    DatabaseCleaner database;

    private Actor lingang;
    private Actor singapore;

    @BeforeEach
    void exporterAndImporter() {
        database.clean();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
    }

    @Test
    void an_exporter_records_a_transfer_and_reads_its_year_and_no_one_else_can() throws Exception {
        String token = token(lingang);
        String path = "/api/v1/organizations/" + lingang.organizationId() + "/export-ledger";
        String today = ledger.today().toString();

        HttpResponse<String> recorded = send("POST", path, "{\"date\":\"" + today + "\",\"personalInfoSubjects\":900000,\"recipientCountry\":\"SG\"}",
                token);
        HttpResponse<String> refused = send("POST", path, "{\"date\":\"31/12/2026\",\"personalInfoSubjects\":1.5,\"recipientCountry\":\"CN\"}", token);
        HttpResponse<String> year = send("GET", path, null, token);

        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.body()).contains("\"source\":\"RECORDED\"").contains("\"personalInfoSubjects\":900000");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("\"personalInfoSubjects\":900000").contains("\"year\":" + ledger.today().getYear());
        assertThat(send("GET", path, null, token(singapore)).statusCode()).isEqualTo(404);

        HttpResponse<String> check = send("POST", "/api/v1/compliance/check", "{\"exporterId\":\"" + lingang.organizationId() + "\",\"importerId\":\""
                + singapore.organizationId() + "\",\"direction\":\"CN_TO_SG\",\"dataCategories\":[\"PERSONAL\"],\"personalInfoSubjects\":150000}", token);
        assertThat(check.body()).contains("\"ledger\":{").contains("\"before\":900000").contains("\"thisFlow\":150000").contains("\"after\":1050000")
                .contains("\"id\":\"CN-7\"");
    }

    @Test
    void the_ledger_page_records_a_transfer_and_staff_see_the_exporter_near_a_threshold() {
        Browser member = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(lingang));
        HttpResponse<String> bad = member.post("/my/ledger", form("date", "tomorrow", "personalInfoSubjects", "many", "recipientCountry", "SG"));
        HttpResponse<String> saved = member.post("/my/ledger", form("date", ledger.today().toString(), "personalInfoSubjects", "85,000",
                "sensitiveSubjects", "", "recipientCountry", "SG", "note", "HR system"));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"many\"");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(member.get("/my/ledger").body()).contains("85,000").contains("HR system").contains("15,000");
        Browser staff = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(fixture.staff()));
        assertThat(staff.get("/staff/ledgers").body()).contains("/organizations/" + lingang.organizationId());
        assertThat(member.get("/staff/ledgers").statusCode()).isEqualTo(403);
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
