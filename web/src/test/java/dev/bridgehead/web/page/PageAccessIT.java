package dev.bridgehead.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Direction;
import dev.bridgehead.marketplace.compliance.Mechanism;
import dev.bridgehead.marketplace.compliance.Party;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchDetails;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page against every kind of visitor: the status each gets. Signed-out visitors are sent to
 * the sign-in page (303) where a page needs an account; "other" is a member of another organisation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessIT {

    enum Visitor { ANONYMOUS, OWNER, OTHER, STAFF, ADMIN }

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    OrganizationService organizations;

    @Inject
    ScenarioService scenarios;

    @Inject
    NeedService needs;

    @Inject
    MatchRepository matches;

    @Inject
    DatabaseCleaner database;

    private final Map<Visitor, Actor> actors = new EnumMap<>(Visitor.class);
    private final Map<Visitor, Browser> browsers = new EnumMap<>(Visitor.class);
    private Long unverifiedOrganization;

    @BeforeAll
    void visitors() {
        database.clean();
        actors.put(Visitor.OWNER, fixture.verifiedMember("CN"));
        actors.put(Visitor.OTHER, fixture.verifiedMember("SG"));
        actors.put(Visitor.STAFF, fixture.staff());
        actors.put(Visitor.ADMIN, fixture.admin());
        unverifiedOrganization = fixture.member("SG").organizationId();
        URI base = URI.create(server.getURL().toString());
        browsers.put(Visitor.ANONYMOUS, new Browser(base));
        actors.forEach((visitor, actor) -> browsers.put(visitor, Browser.signedIn(base, fixture.emailOf(actor))));
    }

    record Visit(String method, String path) {
    }

    record Page(String name, Function<PageAccessIT, Visit> visit, int anonymous, int owner, int other, int staff, int admin) {
        int expected(Visitor visitor) {
            return switch (visitor) {
                case ANONYMOUS -> anonymous;
                case OWNER -> owner;
                case OTHER -> other;
                case STAFF -> staff;
                case ADMIN -> admin;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Page> pages() {
        return List.of(
                new Page("home", t -> get("/"), 200, 200, 200, 200, 200),
                new Page("sign-in", t -> get("/login"), 200, 200, 200, 200, 200),
                new Page("registration", t -> get("/register"), 200, 200, 200, 200, 200),
                new Page("catalogue", t -> get("/listings"), 200, 200, 200, 200, 200),
                new Page("published listing", t -> get("/listings/" + t.published()), 200, 200, 200, 200, 200),
                new Page("draft listing", t -> get("/listings/" + t.draft()), 404, 200, 404, 200, 200),
                new Page("my organisation", t -> get("/my/organization"), 303, 200, 200, 404, 404),
                new Page("my listings", t -> get("/my/listings"), 303, 200, 200, 404, 404),
                new Page("new listing form", t -> get("/my/listings/new"), 303, 200, 200, 404, 404),
                new Page("edit draft form", t -> get("/my/listings/" + t.draft() + "/edit"), 303, 200, 404, 200, 200),
                new Page("submit draft", t -> post("/my/listings/" + t.draft() + "/submit"), 303, 303, 404, 403, 403),
                new Page("unpublish listing", t -> post("/my/listings/" + t.published() + "/unpublish"), 303, 303, 403, 303, 303),
                new Page("verification queue", t -> get("/staff/verification"), 303, 403, 403, 200, 200),
                new Page("moderation queue", t -> get("/staff/moderation"), 303, 403, 403, 200, 200),
                new Page("publish listing", t -> post("/staff/listings/" + t.submitted() + "/publish"), 303, 403, 403, 303, 303),
                new Page("edit published form", t -> get("/my/listings/" + t.published() + "/edit"), 303, 200, 404, 200, 200),
                new Page("publish revision", t -> post("/staff/listings/" + t.revised() + "/revision/publish"), 303, 403, 403, 303, 303),
                new Page("scenarios", t -> get("/scenarios"), 200, 200, 200, 200, 200),
                new Page("scenario", t -> get("/scenarios/" + t.scenario()), 200, 200, 200, 200, 200),
                new Page("new scenario form", t -> get("/staff/scenarios/new"), 303, 403, 403, 200, 200),
                new Page("search index", t -> get("/staff/search"), 303, 403, 403, 200, 200),
                new Page("search index check", t -> post("/staff/search/check"), 303, 403, 403, 200, 200),
                new Page("glossary", t -> get("/staff/glossary?q=port"), 303, 403, 403, 200, 200),
                new Page("glossary term removal", t -> post("/staff/glossary/remove"), 303, 403, 403, 404, 404),
                new Page("search page", t -> get("/search?q=offer"), 200, 200, 200, 200, 200),
                new Page("verified organisation", t -> get("/organizations/" + t.actors.get(Visitor.OWNER).organizationId()), 200, 200, 200, 200, 200),
                new Page("unverified organisation", t -> get("/organizations/" + t.unverifiedOrganization), 404, 404, 404, 404, 404),
                new Page("my needs", t -> get("/my/needs"), 303, 200, 200, 404, 404),
                new Page("new need form", t -> get("/my/needs/new"), 303, 200, 200, 404, 404),
                new Page("need with its matches", t -> get("/my/needs/" + t.need()), 303, 200, 404, 200, 200),
                new Page("edit need form", t -> get("/my/needs/" + t.need() + "/edit"), 303, 200, 404, 200, 200),
                new Page("close need", t -> post("/my/needs/" + t.need() + "/close"), 303, 303, 404, 303, 303),
                new Page("matches for my listings", t -> get("/my/matches"), 303, 200, 200, 404, 404),
                new Page("match", t -> get("/matches/" + t.match()), 303, 200, 404, 200, 200),
                new Page("compliance check", t -> get("/compliance/check"), 303, 200, 200, 200, 200),
                new Page("transfer rules", t -> get("/compliance/rules"), 200, 200, 200, 200, 200),
                new Page("switch the general list", t -> post("/compliance/general-list"), 303, 403, 403, 303, 303),
                new Page("re-match everything", t -> post("/compliance/rematch"), 303, 403, 403, 303, 303),
                new Page("curation queue", t -> get("/staff/matches"), 303, 403, 403, 200, 200),
                new Page("curation queue filtered", t -> get("/staff/matches?sector=FINANCE&verdict=CLEAR&sort=OLDEST"), 303, 403, 403, 200, 200),
                new Page("park dashboard", t -> get("/staff/dashboard"), 303, 403, 403, 200, 200),
                new Page("audit log", t -> get("/staff/audit?subjectType=listing"), 303, 403, 403, 200, 200),
                new Page("inbox", t -> get("/my/inbox"), 303, 200, 200, 404, 404),
                new Page("mark the inbox read", t -> post("/my/inbox/read"), 303, 303, 303, 404, 404),
                new Page("my account", t -> get("/my/account"), 303, 200, 200, 200, 200),
                new Page("accounts (staff)", t -> get("/staff/accounts?email=nobody%40example.com"), 303, 403, 403, 200, 200),
                new Page("reset request form", t -> get("/account/reset"), 200, 200, 200, 200, 200),
                new Page("after registering", t -> get("/account/registered"), 200, 200, 200, 200, 200),
                new Page("ask for an introduction", t -> post("/matches/" + t.match() + "/request-introduction"), 303, 303, 404, 403, 403),
                new Page("no such page", t -> get("/nowhere"), 404, 404, 404, 404, 404));
    }

    static Stream<Arguments> table() {
        return pages().stream().flatMap(page -> Stream.of(Visitor.values()).map(visitor -> Arguments.of(page, visitor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("table")
    void each_visitor_gets_the_status_its_role_allows(Page page, Visitor visitor) {
        Visit visit = page.visit().apply(this);
        Browser browser = browsers.get(visitor);
        HttpResponse<String> response = visit.method().equals("GET") ? browser.get(visit.path()) : browser.post(visit.path(), Map.of());

        assertThat(response.statusCode()).as("%s %s as %s", visit.method(), visit.path(), visitor).isEqualTo(page.expected(visitor));
        if (response.statusCode() == 200 || response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).contains("<html lang=\"en\">").doesNotContain("Exception").doesNotContain("[");
        }
        if (visitor == Visitor.ANONYMOUS && response.statusCode() == 303 && page.anonymous() == 303) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    private static Visit get(String path) {
        return new Visit("GET", path);
    }

    private static Visit post(String path) {
        return new Visit("POST", path);
    }

    private Long draft() {
        return fixture.draft(actors.get(Visitor.OWNER), "Draft offer").id();
    }

    private Long submitted() {
        return fixture.submitted(actors.get(Visitor.OWNER), "Submitted offer").id();
    }

    private Long published() {
        return fixture.published(actors.get(Visitor.OWNER), "Published offer").id();
    }

    private Long revised() {
        return fixture.revised(actors.get(Visitor.OWNER), "Published offer").id();
    }

    private Long need() {
        return needs.create(actors.get(Visitor.OWNER), new NeedInput("Vessel data", null, List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"),
                "SG_TO_CN", 0L, 0L, List.of(), null, false, List.of(), List.of(), null)).id();
    }

    /** A suggestion between the owner's need and a third organisation's listing, stored as matching would. */
    private Long match() {
        Actor provider = fixture.verifiedMember("SG");
        Long listing = fixture.published(provider, "Vessel tracking").id();
        return matches.save(new Match(null, need(), listing, actors.get(Visitor.OWNER).organizationId(), provider.organizationId(), 80.0,
                Verdict.NEEDS_STEPS, List.of(new MatchDetails.Step(Direction.SG_TO_CN, Mechanism.ASEAN_MCC, Party.BOTH, "SG-2", null, false, false)),
                List.of(new MatchDetails.Reason("SECTORS", List.of("INTERNATIONAL_SHIPPING"))),
                List.of(new MatchDetails.RuleUse("SG-2", Direction.SG_TO_CN, null, null, null)), MatchStatus.SUGGESTED, null, Instant.now(),
                null, null, null, null)).id();
    }

    private Long scenario() {
        return scenarios.create(actors.get(Visitor.STAFF), new ScenarioInput("Port data sharing", "港口数据共享", "Ports share schedules", null,
                List.of("INTERNATIONAL_SHIPPING"), "BOTH", List.of("GENERAL"), Map.of(), null, null)).id();
    }
}
