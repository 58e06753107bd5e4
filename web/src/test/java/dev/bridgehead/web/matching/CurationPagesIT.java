package dev.bridgehead.web.matching;

import static dev.bridgehead.web.page.Browser.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.web.page.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff take a suggestion to an introduction in the pages; both sides see it in their inbox; a party
 * records the deal; the dashboard and the audit log follow. The suggestion is stored by hand, so
 * matching, which would replace it with what Elasticsearch finds, is off.
 */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "bridgehead.matching.refresher.enabled", value = "false")
class CurationPagesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    NeedService needs;

    @Inject
    MatchRepository matches;

    @Inject
    DatabaseCleaner database;

    @Inject
    dev.bridgehead.marketplace.curation.CurationService curation;

    private Actor seeker;
    private Actor provider;
    private Match match;

    @BeforeEach
    void suggestion() {
        database.clean();
        seeker = fixture.verifiedMember("CN");
        provider = fixture.verifiedMember("SG");
        Long need = needs.create(seeker, new NeedInput("Vessel data", null, List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"), "SG_TO_CN", 0L,
                0L, List.of(), null, false, List.of(), List.of(), null)).id();
        Long listing = fixture.published(provider, "Vessel tracking").id();
        match = matches.save(new Match(null, need, listing, seeker.organizationId(), provider.organizationId(), 90.0, Verdict.CLEAR, List.of(),
                List.of(new MatchDetails.Reason("SECTORS", List.of("INTERNATIONAL_SHIPPING"))),
                List.of(new MatchDetails.RuleUse("SG-1", Direction.SG_TO_CN, null, null, null)), MatchStatus.SUGGESTED, null, Instant.now(), null, null,
                null, null));
    }

    @Test
    void aDecisionMadeOnAStalePageIsRefusedAndChangesNothing() {
        URI base = URI.create(server.getURL().toString());
        Browser first = Browser.signedIn(base, fixture.emailOf(fixture.staff()));
        Browser second = Browser.signedIn(base, fixture.emailOf(fixture.staff()));
        String page = first.get("/matches/" + match.id()).body();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(version).matches("\\d+");

        assertThat(second.post("/matches/" + match.id() + "/decide", form("action", "APPROVE", "note", "fits", "version", version)).statusCode())
                .isEqualTo(303);
        HttpResponse<String> stale = first.post("/matches/" + match.id() + "/decide", form("action", "REJECT", "note", "no", "version", version));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.APPROVED);
        assertThat(first.post("/staff/matches/bulk", form("matchIds", match.id() + ":" + version, "action", "INTRODUCE", "note", "old view"))
                .statusCode()).isEqualTo(303);
        assertThat(matches.findById(match.id()).orElseThrow().status()).as("the bulk decision on a stale row did nothing").isEqualTo(MatchStatus.APPROVED);
    }

    @Test
    void aSuggestionBecomesAnAgreedDealThroughThePages() {
        URI base = URI.create(server.getURL().toString());
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));

        HttpResponse<String> queue = staff.get("/staff/matches");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Vessel data", "value=\"" + match.id() + ":").doesNotContain("[");

        assertThat(staff.post("/staff/matches/bulk", form("matchIds", match.id().toString(), "action", "APPROVE", "note", "fits")).statusCode())
                .isEqualTo(303);
        assertThat(staff.post("/matches/" + match.id() + "/decide", form("action", "INTRODUCE", "note", "met at the forum")).statusCode())
                .isEqualTo(303);

        Browser seekerBrowser = Browser.signedIn(base, fixture.emailOf(seeker));
        Browser providerBrowser = Browser.signedIn(base, fixture.emailOf(provider));
        assertThat(seekerBrowser.get("/").body()).contains("<span class=\"badge\">1</span>");
        assertThat(providerBrowser.get("/my/inbox").body()).contains("/matches/" + match.id()).doesNotContain("[");
        assertThat(providerBrowser.get("/my/inbox").body()).as("reading the inbox changes nothing").contains("card unread");
        assertThat(providerBrowser.post("/my/inbox/read", form()).statusCode()).isEqualTo(303);
        assertThat(providerBrowser.get("/my/inbox").body()).doesNotContain("card unread");

        HttpResponse<String> refused = seekerBrowser.post("/matches/" + match.id() + "/progress", form("status", "AGREED", "dealValueCny", "-3"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.INTRODUCED);

        assertThat(seekerBrowser.post("/matches/" + match.id() + "/progress", form("status", "AGREED", "dealValueCny", "2,500,000.50", "note",
                "signed")).statusCode()).isEqualTo(303);
        Match agreed = matches.findById(match.id()).orElseThrow();
        assertThat(agreed.status()).isEqualTo(MatchStatus.AGREED);
        assertThat(agreed.dealValueCny()).isEqualByComparingTo("2500000.50");
        assertThat(providerBrowser.get("/matches/" + match.id()).body()).contains("¥2500000.50", "signed", "met at the forum");
    }

    @Test
    void staffFilterTheQueueAndABulkDecisionComesBackToTheSameFilter() {
        URI base = URI.create(server.getURL().toString());
        Browser staff = Browser.signedIn(base, fixture.emailOf(fixture.staff()));

        assertThat(staff.get("/staff/matches?verdict=NEEDS_STEPS").body()).doesNotContain("value=\"" + match.id() + ":");
        assertThat(staff.get("/staff/matches?verdict=CLEAR&sector=INTERNATIONAL_SHIPPING&seekerJurisdiction=CN&minScore=80&sort=OLDEST").body())
                .contains("value=\"" + match.id() + ":", "name=\"filter\" value=\"status=SUGGESTED&amp;sector=INTERNATIONAL_SHIPPING&amp;verdict=CLEAR");

        HttpResponse<String> typo = staff.get("/staff/matches?minScore=lots");
        assertThat(typo.statusCode()).isEqualTo(200);
        assertThat(typo.body()).contains("id=\"minScore-error\"", "value=\"lots\"");

        HttpResponse<String> decided = staff.post("/staff/matches/bulk", form("matchIds", match.id().toString(), "action", "APPROVE", "filter",
                "status=SUGGESTED&verdict=CLEAR"));
        assertThat(decided.headers().firstValue("Location")).hasValue("/staff/matches?status=SUGGESTED&verdict=CLEAR&notice=bulkDone");
        HttpResponse<String> forged = staff.post("/staff/matches/bulk", form("matchIds", match.id().toString(), "action", "REJECT", "note", "no",
                "filter", "x=1\r\nSet-Cookie: a=b"));
        assertThat(forged.headers().firstValue("Location")).hasValue("/staff/matches?notice=bulkDone");
    }

    @Test
    void theDashboardAndItsCsvMoveWhenADealIsAgreed() {
        URI base = URI.create(server.getURL().toString());
        Actor staffMember = fixture.staff();
        Browser staff = Browser.signedIn(base, fixture.emailOf(staffMember));
        assertThat(staff.download("/staff/dashboard.csv").body()).contains("agreed_deal_value_cny,0.00,100000000000");

        curation.approve(staffMember, match.id(), null);
        curation.introduce(staffMember, match.id(), null);
        curation.progress(seeker, match.id(), "AGREED", new java.math.BigDecimal("2500000.50"), null);

        HttpResponse<String> dashboard = staff.get("/staff/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<svg", "¥2500000.50", "class=\"series-3\"").doesNotContain("[dashboard.");
        assertThat(staff.get("/staff/dashboard?months=99").statusCode()).isEqualTo(400);
        HttpResponse<String> csv = staff.download("/staff/dashboard.csv?months=3");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains("agreed_deal_value_cny,2500000.50,100000000000", "matches_agreed,1", "INTERNATIONAL_SHIPPING,0,1,1,1,2500000.50");
        assertThat(Browser.signedIn(base, fixture.emailOf(seeker)).download("/staff/dashboard.csv").statusCode()).isEqualTo(403);
        assertThat(Browser.signedIn(base, fixture.emailOf(seeker)).download("/staff/dashboard.csv").body()).doesNotContain("agreed_deal_value");
    }

    @Test
    void theAuditLogShowsEveryStepAndItsExportCannotRunFormulas() {
        URI base = URI.create(server.getURL().toString());
        Actor staffMember = fixture.staff();
        Browser staff = Browser.signedIn(base, fixture.emailOf(staffMember));
        curation.reject(staffMember, match.id(), "=HYPERLINK(\"http://evil.example\",\"<b>click</b>\")");

        HttpResponse<String> log = staff.get("/staff/audit?subjectType=match");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("match.reject", "&lt;b&gt;click&lt;/b&gt;", "/matches/" + match.id()).doesNotContain("<b>click</b>");

        HttpResponse<String> csv = staff.download("/staff/audit.csv?subjectType=match");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"<b>click</b>\"\")\"");
        assertThat(staff.download("/staff/audit.csv?from=yesterday").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = staff.get("/staff/audit?actorEmail=nobody%40nowhere.example");
        assertThat(unknown.body()).contains("id=\"actorEmail-error\"");
        assertThat(Browser.signedIn(base, fixture.emailOf(provider)).download("/staff/audit.csv").statusCode()).isEqualTo(403);
    }
}
