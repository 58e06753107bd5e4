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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Inject
    dev.bridgehead.marketplace.account.AccountService accounts;

    @Inject
    dev.bridgehead.marketplace.organization.ComplianceProfileService compliance;

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
                .replace("\"scenario\":\"T-PORT\",\"name\":\"Vessel", "\"scenario\":\"NOWHERE\",\"name\":\"Vessel")
                .replace("\"scenarios\":[", "\"version\":2,\"scenarios\":["), staffToken);
        HttpResponse<String> compared = api().send("GET", "/api/v1/compliance/lists/T-LIST/compare?from=1&to=2", null, null);

        assertThat(created.statusCode()).isEqualTo(201);
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
        HttpResponse<String> notABoolean = api().send("PUT", "/api/v1/compliance/lists/T-LIST", "{\"enabled\":\"yes\",\"version\":2}", staffToken);
        HttpResponse<String> unversioned = api().send("PUT", "/api/v1/compliance/lists/T-LIST", changed.replace("\"version\":1,", ""), staffToken);
        assertThat(notABoolean.statusCode()).isEqualTo(400);
        assertThat(notABoolean.body()).contains("\"field\":\"enabled\"");
        assertThat(unversioned.statusCode()).as("a change must say which version it was read at").isEqualTo(400);
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST", null, null).body()).contains("\"enabled\":true");
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST/compare?from=0&to=2", null, null).statusCode()).isEqualTo(400);
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
        assertThat(exempt.body()).as("the list lacks one of its three published items: check the published text")
                .contains("\"code\":\"NL-DUTY-2\"");
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

    /**
     * Rule NL-1 of COMPLIANCE.md's 2026 table through the API: each registration area against each list, in force or
     * not yet, CIIO or not, a scenario named or not, an item under and at its volume, core data still blocked.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lingang, FTZ list, scenario, no item         | LINGANG      | false | T-PORT  |          | PERSONAL | 500000 | CLEAR       | NL-1
            rest of the FTZ, FTZ list                    | SHANGHAI_FTZ | false | T-PORT  |          | PERSONAL | 500000 | CLEAR       | NL-1
            elsewhere in Shanghai, FTZ list              | SHANGHAI     | false | T-PORT  |          | PERSONAL | 500000 | NEEDS_STEPS | CN-8
            elsewhere in Shanghai, citywide list         | SHANGHAI     | false | C-PORT  |          | PERSONAL | 500000 | CLEAR       | NL-1
            elsewhere in China, citywide list            | CN_OTHER     | false | C-PORT  |          | PERSONAL | 500000 | NEEDS_STEPS | CN-8
            Lingang, a list in force only from tomorrow  | LINGANG      | false | L-PORT  |          | PERSONAL | 500000 | NEEDS_STEPS | CN-8
            Lingang, a CIIO                              | LINGANG      | true  | T-PORT  |          | PERSONAL | 500000 | NEEDS_STEPS | CN-6
            Lingang, no scenario named                   | LINGANG      | false |         |          | PERSONAL | 500000 | NEEDS_STEPS | CN-8
            an item under its volume (99,999)            | LINGANG      | false | T-PORT  | T-PORT-2 | PERSONAL | 99999  | CLEAR       | NL-1
            the same item at its volume (100,000)        | LINGANG      | false | T-PORT  | T-PORT-2 | PERSONAL | 100000 | NEEDS_STEPS | NL-1
            core data is still blocked                   | LINGANG      | false | T-PORT  |          | CORE     | 0      | BLOCKED     | CN-1
            """)
    void the_2026_table_through_the_api(String name, String area, boolean ciio, String scenario, String item, String category, long subjects,
                                        String verdict, String rule) throws Exception {
        api().send("PUT", "/api/v1/compliance/lists/T-FTZ", LIST.replace("T-MEMBERS", "T-OTHER"), staffToken);
        api().send("PUT", "/api/v1/compliance/lists/T-CITY", "{\"name\":\"City\",\"nameZh\":\"全市\",\"area\":\"SHANGHAI_CITYWIDE\",\"source\":\"s\","
                + "\"effectiveFrom\":\"2026-04-24\",\"scenarios\":[{\"code\":\"C-PORT\",\"sector\":\"INTERNATIONAL_SHIPPING\",\"name\":\"Port\","
                + "\"nameZh\":\"港口\"}],\"items\":[]}", staffToken);
        api().send("PUT", "/api/v1/compliance/lists/T-LATER", "{\"name\":\"Later\",\"nameZh\":\"以后\",\"area\":\"SHANGHAI_FTZ_LINGANG\",\"source\":\"s\","
                + "\"effectiveFrom\":\"" + LocalDate.now().plusDays(2) + "\",\"scenarios\":[{\"code\":\"L-PORT\",\"sector\":\"INTERNATIONAL_SHIPPING\","
                + "\"name\":\"Port\",\"nameZh\":\"港口\"}],\"items\":[]}", staffToken);
        Actor exporter = accounts.registerConfirmed(new dev.bridgehead.marketplace.account.Registration(new dev.bridgehead.marketplace.organization.OrganizationDetails(
                "Exporter in " + area, null, "CN", java.util.List.of("INTERNATIONAL_SHIPPING"), "https://example.cn", "A firm.", null, "SME",
                dev.bridgehead.marketplace.testing.RegistryIdFixture.next("CN"), area, null),
                new dev.bridgehead.marketplace.account.Registration.NewUser(MarketplaceFixture.uniqueEmail("exporter"), MarketplaceFixture.PASSWORD,
                        "Exporter"))).asActor();
        fixture.verify(exporter);
        String token = api().token(fixture.emailOf(exporter));
        if (ciio) {
            compliance.updateProfile(exporter, exporter.organizationId(), new dev.bridgehead.marketplace.organization.ComplianceProfileInput(
                    java.util.List.of(), java.util.List.of(), java.util.List.of("GENERAL"), true,
                    compliance.profile(exporter, exporter.organizationId()).version()));
        }
        String body = "{\"exporterId\":\"" + exporter.organizationId() + "\",\"importerId\":\"" + singapore.organizationId()
                + "\",\"direction\":\"CN_TO_SG\",\"dataCategories\":[\"" + category + "\"],\"personalInfoSubjects\":" + subjects
                + (scenario == null ? "" : ",\"listScenario\":\"" + scenario + "\"") + (item == null ? "" : ",\"listedItems\":[\"" + item + "\"]") + "}";

        HttpResponse<String> checked = api().send("POST", "/api/v1/compliance/check", body, token);

        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(checked.body()).contains("\"verdict\":\"" + verdict + "\"").contains("\"id\":\"" + rule + "\"");
        assertThat(checked.body().contains("\"code\":\"NL-DUTY-1\"")).as("the report is due exactly when NL-1 applied").isEqualTo("NL-1".equals(rule));
    }

    @Test
    void staff_import_csv_on_the_page_keeping_the_lists_facts_and_its_switch_and_see_where_a_bad_row_is() throws Exception {
        api().send("PUT", "/api/v1/compliance/lists/T-LIST", LIST, staffToken);
        api().send("PUT", "/api/v1/compliance/lists/T-LIST", "{\"enabled\":false,\"version\":1}", staffToken);
        Browser staff = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(fixture.staff()));
        String rows = "type,id,scenario,sector,name,nameZh,kind,mechanism,fromSubjects,source\n"
                + "SCENARIO,T-PORT,,INTERNATIONAL_SHIPPING,Port operations,港口作业,,,,\n";

        HttpResponse<String> bad = staff.post("/compliance/lists/import", Browser.form("code", "T-LIST", "format", "CSV", "version", "1",
                "content", rows + "ITEM,T-PORT-9,T-PORT,,Berths,泊位,IMPORTANT,CN_STANDARD_CONTRACT,,\n"));
        HttpResponse<String> imported = staff.post("/compliance/lists/import", Browser.form("code", "T-LIST", "format", "CSV", "version", "1",
                "state", "keep", "content", rows));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("csv.line 3.mechanism");
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(api().send("GET", "/api/v1/compliance/lists/T-LIST", null, null).body()).contains("\"version\":2")
                .contains("\"name\":\"Test port list\"").contains("\"enabled\":false").doesNotContain("T-PORT-1");
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
