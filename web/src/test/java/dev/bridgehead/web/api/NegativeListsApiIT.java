package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.negativelist.ShippedLists;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The negative lists through the API as platforms and staff use it: anyone reads them, staff import
 * versions (JSON or CSV), switch and compare them; the compliance check and needs name a scenario and
 * items, and the verdict applies rule NL-1 with the 15-business-day report.
 */
@MicronautTest(transactional = false)
class NegativeListsApiIT {

    static final String LIST = """
            {"name":"Test port list","nameZh":"测试港口清单","area":"SHANGHAI_FTZ_LINGANG","source":"Test source, art. 1",
             "effectiveFrom":"2025-02-08","publishedItemCount":3,
             "scenarios":[{"code":"T-PORT","sector":"INTERNATIONAL_SHIPPING","name":"Port operations","nameZh":"港口作业","source":"cited"},
                          {"code":"T-MEMBERS","sector":"TRADE","name":"Membership management","nameZh":"会员管理"}],
             "items":[{"id":"T-PORT-1","scenario":"T-PORT","name":"Vessel movements","nameZh":"船舶动态","kind":"IMPORTANT",
                       "mechanism":"CN_SECURITY_ASSESSMENT","source":"table 1, row 1"},
                      {"id":"T-PORT-2","scenario":"T-PORT","name":"Crew identities","nameZh":"船员身份","kind":"PERSONAL",
                       "mechanism":"CN_STANDARD_CONTRACT","fromSubjects":100000}]}""";

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    DatabaseCleaner database;

    @Inject
    ShippedLists shipped;

    private Actor lingang;
    private Actor singapore;
    private String staffToken;

    @BeforeEach
    void listsAndTwoFirms() throws Exception {
        database.clean();
        shipped.ensureShipped();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
        staffToken = api().token(fixture.emailOf(fixture.staff()));
    }

    @Test
    void anyone_reads_the_shipped_lists_which_say_what_they_lack_of_the_published_texts() throws Exception {
        HttpResponse<String> all = api().send("GET", "/api/v1/compliance/lists", null, null);
        HttpResponse<String> one = api().send("GET", "/api/v1/compliance/lists/SH-FTZ-LINGANG-2024", null, null);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"code\":\"SH-FTZ-LINGANG-2024\"").contains("\"code\":\"SH-CITYWIDE-2025\"")
                .contains("\"area\":\"SHANGHAI_CITYWIDE\"").contains("\"effectiveFrom\":\"2026-04-24\"");
        assertThat(one.body()).contains("\"code\":\"FTZ24-SHIP-PORT\"").contains("\"code\":\"FTZ24-TRADE-MEMBER\"").contains("\"itemsIncomplete\":true")
                .contains("\"publishedItemCount\":84").contains("\"items\":[]").contains("\"nameZh\":\"会员管理\"").contains("\"version\":1")
                .contains("\"covers\":[\"LINGANG\",\"SHANGHAI_FTZ\"]");
        assertThat(api().send("GET", "/api/v1/compliance/lists/NO-SUCH-LIST", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void staff_import_versions_compare_them_and_bad_or_stale_imports_change_nothing() throws Exception {
        HttpResponse<String> created = api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, staffToken);
        String changed = LIST.replace("\"fromSubjects\":100000", "\"fromSubjects\":500000").replace("\"scenarios\":[", "\"version\":1,\"scenarios\":[");
        HttpResponse<String> second = api().send("PUT", "/api/v1/compliance/lists/T-LIST", changed, staffToken);
        HttpResponse<String> stale = api().send("PUT", "/api/v1/compliance/lists/T-LIST", changed, staffToken);
        HttpResponse<String> bad = api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST.replace("\"CN_STANDARD_CONTRACT\"", "\"SG_CONTRACT\"")
                .replace("\"scenario\":\"T-PORT\",\"name\":\"Vessel", "\"scenario\":\"NOWHERE\",\"name\":\"Vessel"), staffToken);
        HttpResponse<String> compared = api().send("GET", "/api/v1/compliance/lists/T-LIST/compare?from=1&to=2", null, null);

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("\"version\":1").contains("\"enabled\":true").contains("\"itemsIncomplete\":true");
        assertThat(second.body()).contains("\"version\":2").contains("\"fromSubjects\":500000");
        assertThat(stale.statusCode()).as("version 1 was read, 2 is current").isEqualTo(409);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("items[1].mechanism").contains("items[0].scenario");
        assertThat(compared.body()).contains("\"id\":\"T-PORT-2\"").contains("\"change\":\"CHANGED\"").contains("\"field\":\"fromSubjects\"")
                .contains("\"before\":\"100000\"").contains("\"after\":\"500000\"");
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST", null, null).body()).as("nothing changed by the refused imports")
                .contains("\"version\":2").contains("\"fromSubjects\":500000");
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST?version=1", null, null).body()).contains("\"fromSubjects\":100000");
        assertThat(api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, api().token(fixture.emailOf(lingang))).statusCode()).isEqualTo(403);
        assertThat(api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, null).statusCode()).isEqualTo(401);
    }

    @Test
    void staff_import_a_version_as_csv_and_switch_a_list_off_and_on() throws Exception {
        api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, staffToken);
        String csv = "type,id,scenario,sector,name,nameZh,kind,mechanism,fromSubjects,source\r\n"
                + "SCENARIO,T-PORT,,INTERNATIONAL_SHIPPING,Port operations,港口作业,,,,cited\r\n"
                + "ITEM,T-PORT-3,T-PORT,,\"Berth plans, with \"\"quotes\"\"\",泊位计划,IMPORTANT,CN_SECURITY_ASSESSMENT,,\"table 2\"\r\n";

        HttpResponse<String> imported = csv("/api/v1/compliance/lists/T-LIST?version=1&note=from%20the%20official%20text", csv);
        HttpResponse<String> badCsv = csv("/api/v1/compliance/lists/T-LIST", csv.replace("ITEM,T-PORT-3", "THING,T-PORT-3"));
        HttpResponse<String> off = api().send("PUT", "/api/v1/compliance/lists/T-LIST", "{\"enabled\":false,\"version\":2}", staffToken);

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("\"version\":2").contains("Berth plans, with \\\"quotes\\\"").contains("\"name\":\"Test port list\"")
                .doesNotContain("T-PORT-1");
        assertThat(badCsv.statusCode()).isEqualTo(400);
        assertThat(badCsv.body()).contains("csv.line 3.type");
        assertThat(off.body()).contains("\"enabled\":false").contains("\"inForce\":false").contains("\"version\":2");
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST/versions", null, null).body()).contains("from the official text");
    }

    @Test
    void the_check_applies_the_list_with_the_report_due_and_refuses_unknown_scenarios_and_items() throws Exception {
        api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, staffToken);
        String token = api().token(fixture.emailOf(lingang));
        String flow = "{\"exporterId\":\"" + lingang.organizationId() + "\",\"importerId\":\"" + singapore.organizationId()
                + "\",\"direction\":\"CN_TO_SG\",\"dataCategories\":[\"PERSONAL\"],\"personalInfoSubjects\":500000";

        HttpResponse<String> without = api().send("POST", "/api/v1/compliance/check", flow + "}", token);
        HttpResponse<String> exempt = api().send("POST", "/api/v1/compliance/check", flow + ",\"listScenario\":\"T-PORT\",\"listedItems\":[]}", token);
        HttpResponse<String> listed = api().send("POST", "/api/v1/compliance/check",
                flow + ",\"listScenario\":\"T-PORT\",\"listedItems\":[\"T-PORT-2\"]}", token);
        HttpResponse<String> unknown = api().send("POST", "/api/v1/compliance/check",
                flow + ",\"listScenario\":\"NOWHERE\",\"listedItems\":[]}", token);
        HttpResponse<String> wrongItem = api().send("POST", "/api/v1/compliance/check",
                flow + ",\"listScenario\":\"T-MEMBERS\",\"listedItems\":[\"T-PORT-2\"]}", token);

        assertThat(without.body()).contains("\"verdict\":\"NEEDS_STEPS\"").contains("\"id\":\"CN-8\"").doesNotContain("NL-DUTY-1");
        assertThat(exempt.body()).contains("\"verdict\":\"CLEAR\"").contains("\"id\":\"NL-1\"").contains("\"list\":\"T-LIST@1\"")
                .contains("\"listVersions\":[\"T-LIST@1\"]").contains("\"code\":\"NL-DUTY-1\"").contains("\"deadline\":\"")
                .contains("\"dueInBusinessDays\":15").contains("\"ruleBookVersion\":\"");
        assertThat(listed.body()).contains("\"verdict\":\"NEEDS_STEPS\"").contains("\"mechanism\":\"CN_STANDARD_CONTRACT\"")
                .contains("\"code\":\"NL-DUTY-1\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"listScenario\"");
        assertThat(wrongItem.statusCode()).isEqualTo(400);
        assertThat(wrongItem.body()).contains("\"field\":\"listedItems[0]\"");
        String deadline = exempt.body().replaceAll(".*\"deadline\":\"([0-9-]+)\".*", "$1");
        // 15 business days are three weeks: 19 to 21 days by the weekday of the transfer (a day less if midnight passed since).
        assertThat(LocalDate.parse(deadline)).isBetween(LocalDate.now().plusDays(18), LocalDate.now().plusDays(21));
    }

    @Test
    void a_need_names_a_scenario_and_items_and_keeps_them_on_an_edit_that_leaves_them_out() throws Exception {
        api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, staffToken);
        String token = api().token(fixture.emailOf(lingang));
        String need = "{\"title\":\"Crew analytics\",\"sectors\":[\"INTERNATIONAL_SHIPPING\"],\"dataCategories\":[\"PERSONAL\"],"
                + "\"direction\":\"CN_TO_SG\",\"personalInfoSubjects\":1000";

        HttpResponse<String> created = api().send("POST", "/api/v1/needs", need + ",\"listScenario\":\"T-PORT\",\"listedItems\":[\"T-PORT-2\"]}", token);
        String id = created.body().replaceAll(".*\"id\":\"([0-9]+)\".*", "$1");
        HttpResponse<String> edited = api().send("PUT", "/api/v1/needs/" + id, need + ",\"version\":0}", token);
        HttpResponse<String> importing = api().send("POST", "/api/v1/needs", need.replace("CN_TO_SG", "SG_TO_CN")
                + ",\"listScenario\":\"T-PORT\"}", token);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"listScenario\":\"T-PORT\"").contains("\"listedItems\":[\"T-PORT-2\"]");
        assertThat(edited.body()).contains("\"listScenario\":\"T-PORT\"").contains("\"listedItems\":[\"T-PORT-2\"]");
        assertThat(importing.statusCode()).isEqualTo(400);
        assertThat(importing.body()).contains("\"field\":\"listScenario\"");
    }

    @Test
    void the_lists_page_reads_in_both_languages_and_staff_switch_a_list_there() {
        Browser anonymous = new Browser(URI.create(server.getURL().toString()));
        String english = anonymous.get("/compliance/lists").body();
        anonymous.get("/language?to=zh&back=/compliance/lists");
        String chinese = anonymous.get("/compliance/lists").body();
        Browser staff = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(fixture.staff()));

        HttpResponse<String> switched = staff.post("/compliance/lists/SH-CITYWIDE-2025/switch", Browser.form("state", "off", "version", "1"));

        assertThat(english).contains("Port operations").contains("The published text has 84 data items; Bridgehead holds 0 of them");
        assertThat(chinese).contains("港口作业").contains("公布文本共有84个数据项");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(staff.get("/compliance/lists").body()).contains("switched off by park staff");
        Browser member = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(lingang));
        assertThat(member.post("/compliance/lists/SH-CITYWIDE-2025/switch", Browser.form("state", "on")).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> csv(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json").header("Authorization", "Bearer " + staffToken)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private ApiClient api() {
        return new ApiClient(server.getURL().toString());
    }
}
