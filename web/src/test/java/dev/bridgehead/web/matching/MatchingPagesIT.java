package dev.bridgehead.web.matching;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.matching.MatchingService;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.testing.MatchingSupport;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seeker's pages: post a need in Chinese, see ranked partners across the border with verdicts, open a match, check a flow. */
@MicronautTest(transactional = false)
class MatchingPagesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    NeedService needs;

    @Inject
    MatchingService matching;

    @Inject
    OrganizationService organizations;

    @Inject
    dev.bridgehead.marketplace.organization.ComplianceProfileService compliance;

    @Inject
    MatchingSupport support;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner indices;

    private Actor lingang;
    private Actor singapore;
    private Browser browser;

    @BeforeEach
    void marketplace() {
        database.clean();
        indices.clean();
        lingang = fixture.verifiedMember("CN");
        singapore = fixture.verifiedMember("SG");
        Integer version = compliance.profile(singapore, singapore.organizationId()).version();
        compliance.updateProfile(singapore, singapore.organizationId(), new ComplianceProfileInput(List.of(), List.of(),
                List.of("GENERAL", "PERSONAL"), false, version));
        fixture.published(singapore, new ListingInput("DATA_SERVICE", "Clinical trial data analytics", null, null, "Trial analytics for sponsors.",
                null, List.of("BIOMEDICINE"), List.of("PERSONAL"), List.of("CN_TO_SG"), List.of("API"), List.of("clinical", "临床试验"), List.of(),
                "NEGOTIABLE", null));
        browser = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(lingang));
        browser.get("/language?to=zh&back=/");
    }

    @Test
    void aNeedPostedInChineseShowsRankedPartnersWithTheirVerdictAndTheMatchExplainsItself() {
        HttpResponse<String> posted = browser.post("/my/needs", form("title", "寻找新加坡临床试验数据分析伙伴", "sectors", "BIOMEDICINE",
                "direction", "CN_TO_SG", "dataCategories", "PERSONAL", "personalInfoSubjects", "150,000", "sensitiveSubjects", "0",
                "tags", "临床试验"));
        assertThat(posted.statusCode()).isEqualTo(303);
        String needPath = posted.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        support.awaitMatched();

        HttpResponse<String> page = browser.get(needPath);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "Clinical trial data analytics", "需补充步骤", "同一行业", "共同关键词")
                .doesNotContain("[");

        String matchPath = page.body().replaceAll("(?s).*href=\"(/matches/\\d+)\".*", "$1");
        HttpResponse<String> match = browser.get(matchPath);
        assertThat(match.statusCode()).isEqualTo(200);
        assertThat(match.body()).contains("CN-8", "上海市网信办", "个人信息保护影响评估", "本结论仅供决策参考").doesNotContain("[");
    }

    @Test
    void aNeedFormWithBadCountsComesBackWithTheTypedValuesAndNothingIsStored() {
        HttpResponse<String> refused = browser.post("/my/needs", form("title", "寻找伙伴", "sectors", "BIOMEDICINE", "direction", "CN_TO_SG",
                "dataCategories", "GENERAL", "personalInfoSubjects", "很多", "sensitiveSubjects", "12"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"寻找伙伴\"", "id=\"personalInfoSubjects-error\"", "id=\"sensitiveSubjects-error\"");
        assertThat(needs.ofOrganization(lingang, lingang.organizationId(), 0, 10).getTotalSize()).isZero();
    }

    @Test
    void theComplianceCheckShowsTheVerdictWithItsRulesOrTheFieldAtFault() {
        HttpResponse<String> checked = browser.post("/compliance/check", form("exporterId", lingang.organizationId().toString(),
                "importerId", singapore.organizationId().toString(), "direction", "CN_TO_SG", "dataCategories", "SENSITIVE_PERSONAL",
                "personalInfoSubjects", "0", "sensitiveSubjects", "10000"));
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("CN-7", "耗时数月", "需补充步骤").doesNotContain("[");

        HttpResponse<String> wrongWay = browser.post("/compliance/check", form("exporterId", singapore.organizationId().toString(),
                "importerId", lingang.organizationId().toString(), "direction", "CN_TO_SG", "dataCategories", "GENERAL"));
        assertThat(wrongWay.statusCode()).isEqualTo(400);
        assertThat(wrongWay.body()).contains("id=\"direction-error\"", "此方向与两家机构所在地不符");
    }

    @Test
    void theProviderSeesTheNeedsThatMatchItsListings() {
        Need need = needs.create(lingang, new dev.bridgehead.marketplace.need.NeedInput("Clinical trial analytics partner", null,
                List.of("BIOMEDICINE"), List.of("GENERAL"), "CN_TO_SG", 0L, 0L, List.of(), null, false, List.of("clinical"), List.of(), null));
        support.awaitMatched();
        Browser provider = Browser.signedIn(URI.create(server.getURL().toString()), fixture.emailOf(singapore));

        HttpResponse<String> page = provider.get("/my/matches");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(need.title(), "Clinical trial data analytics", "Clear").doesNotContain("[");
    }
}
