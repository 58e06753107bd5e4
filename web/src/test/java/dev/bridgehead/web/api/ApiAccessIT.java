package dev.bridgehead.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.need.Need;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.Organization;
import dev.bridgehead.marketplace.organization.OrganizationService;
import dev.bridgehead.marketplace.scenario.Scenario;
import dev.bridgehead.marketplace.scenario.ScenarioInput;
import dev.bridgehead.marketplace.scenario.ScenarioService;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * Every API route against every kind of caller: the status each gets. "Owner" is a member of the
 * organisation the route is about; "other" a member of another organisation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessIT {

    enum Caller { ANONYMOUS, OWNER, OTHER, STAFF, ADMIN }

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    OrganizationService organizations;

    @Inject
    dev.bridgehead.marketplace.organization.ComplianceProfileService compliance;

    @Inject
    ScenarioService scenarios;

    @Inject
    NeedService needs;

    @Inject
    MatchRepository matches;

    @Inject
    CurationService curation;

    @Inject
    DatabaseCleaner database;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Caller, Actor> actors = new EnumMap<>(Caller.class);
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void callers() throws Exception {
        database.clean();
        actors.put(Caller.OWNER, fixture.verifiedMember("SG"));
        actors.put(Caller.OTHER, fixture.verifiedMember("CN"));
        actors.put(Caller.STAFF, fixture.staff());
        actors.put(Caller.ADMIN, fixture.admin());
        for (var entry : actors.entrySet()) {
            tokens.put(entry.getKey(), token(fixture.emailOf(entry.getValue())));
        }
    }

    /** A request a caller makes: method, path, JSON body. */
    record Call(String method, String path, String body) {
        static Call get(String path) {
            return new Call("GET", path, null);
        }
    }

    /** One row of the table: how to make the call (fresh data where the call changes state) and the status per caller. */
    record Route(String name, Function<ApiAccessIT, Call> call, int anonymous, int owner, int other, int staff, int admin) {
        int expected(Caller caller) {
            return switch (caller) {
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

    static List<Route> routes() {
        return List.of(
                new Route("GET organisation", t -> Call.get("/api/v1/organizations/" + t.ownOrg()), 401, 200, 404, 200, 200),
                new Route("PUT organisation", t -> new Call("PUT", "/api/v1/organizations/" + t.ownOrg(), t.organizationBody()), 401, 200, 404, 200, 200),
                new Route("GET compliance", t -> Call.get("/api/v1/organizations/" + t.ownOrg() + "/compliance"), 401, 200, 404, 200, 200),
                new Route("PUT compliance", t -> new Call("PUT", "/api/v1/organizations/" + t.ownOrg() + "/compliance", t.profileBody()),
                        401, 200, 404, 200, 200),
                new Route("POST verify", t -> new Call("POST", "/api/v1/organizations/" + t.ownOrg() + "/verify",
                        "{\"decision\":\"VERIFIED\",\"note\":\"ok\"}"), 401, 403, 403, 200, 200),
                new Route("GET organisation listings", t -> Call.get("/api/v1/organizations/" + t.ownOrg() + "/listings"), 401, 200, 404, 200, 200),
                new Route("POST listing", t -> new Call("POST", "/api/v1/listings", LISTING), 401, 201, 201, 403, 403),
                new Route("GET draft listing", t -> Call.get("/api/v1/listings/" + t.draft().id()), 404, 200, 404, 200, 200),
                new Route("GET published listing", t -> Call.get("/api/v1/listings/" + t.published().id()), 200, 200, 200, 200, 200),
                new Route("PUT draft listing", t -> {
                    Listing draft = t.draft();
                    return new Call("PUT", "/api/v1/listings/" + draft.id(), withVersion(LISTING, draft.version()));
                }, 401, 200, 404, 200, 200),
                new Route("PUT published listing", t -> {
                    Listing published = t.published();
                    return new Call("PUT", "/api/v1/listings/" + published.id(), withVersion(LISTING, published.version()));
                }, 401, 200, 403, 200, 200),
                new Route("GET listing history", t -> Call.get("/api/v1/listings/" + t.draft().id() + "/history"), 401, 200, 404, 200, 200),
                new Route("POST submit", t -> new Call("POST", "/api/v1/listings/" + t.draft().id() + "/submit", "{}"), 401, 200, 404, 403, 403),
                new Route("POST publish", t -> new Call("POST", "/api/v1/listings/" + t.submitted().id() + "/publish", "{}"), 401, 403, 404, 200, 200),
                new Route("POST reject", t -> new Call("POST", "/api/v1/listings/" + t.submitted().id() + "/reject", "{\"reason\":\"too vague\"}"),
                        401, 403, 404, 200, 200),
                new Route("POST unpublish", t -> new Call("POST", "/api/v1/listings/" + t.published().id() + "/unpublish", "{}"),
                        401, 200, 403, 200, 200),
                new Route("POST publish revision", t -> new Call("POST", "/api/v1/listings/" + t.revised().id() + "/revision/publish", "{}"),
                        401, 403, 403, 200, 200),
                new Route("POST reject revision", t -> new Call("POST", "/api/v1/listings/" + t.revised().id() + "/revision/reject",
                        "{\"reason\":\"too vague\"}"), 401, 403, 403, 200, 200),
                new Route("GET scenarios", t -> Call.get("/api/v1/scenarios"), 200, 200, 200, 200, 200),
                new Route("GET scenario", t -> Call.get("/api/v1/scenarios/" + t.scenario().id()), 200, 200, 200, 200, 200),
                new Route("POST scenario", t -> new Call("POST", "/api/v1/scenarios", SCENARIO), 401, 403, 403, 201, 201),
                new Route("PUT scenario", t -> {
                    Scenario scenario = t.scenario();
                    return new Call("PUT", "/api/v1/scenarios/" + scenario.id(), withVersion(SCENARIO, scenario.version()));
                }, 401, 403, 403, 200, 200),
                new Route("POST need", t -> new Call("POST", "/api/v1/needs", NEED), 401, 201, 201, 403, 403),
                new Route("GET need", t -> Call.get("/api/v1/needs/" + t.need().id()), 401, 200, 404, 200, 200),
                new Route("PUT need", t -> {
                    Need need = t.need();
                    return new Call("PUT", "/api/v1/needs/" + need.id(), withVersion(NEED, need.version()));
                }, 401, 200, 404, 200, 200),
                new Route("POST close need", t -> new Call("POST", "/api/v1/needs/" + t.need().id() + "/close", "{}"), 401, 200, 404, 200, 200),
                new Route("GET organisation needs", t -> Call.get("/api/v1/organizations/" + t.ownOrg() + "/needs"), 401, 200, 404, 200, 200),
                new Route("GET need matches", t -> Call.get("/api/v1/needs/" + t.need().id() + "/matches"), 401, 200, 404, 200, 200),
                new Route("POST rematch need", t -> new Call("POST", "/api/v1/needs/" + t.need().id() + "/rematch", "{}"), 401, 200, 404, 200, 200),
                new Route("GET organisation matches", t -> Call.get("/api/v1/organizations/" + t.ownOrg() + "/matches"), 401, 200, 404, 200, 200),
                new Route("POST rematch everything", t -> new Call("POST", "/api/v1/matching/rematch", "{}"), 401, 403, 403, 202, 202),
                new Route("POST compliance check", t -> new Call("POST", "/api/v1/compliance/check", t.checkBody()), 401, 200, 200, 200, 200),
                new Route("GET compliance rules", t -> Call.get("/api/v1/compliance/rules"), 200, 200, 200, 200, 200),
                new Route("GET matches", t -> Call.get("/api/v1/matches"), 401, 200, 200, 200, 200),
                new Route("GET match", t -> Call.get("/api/v1/matches/" + t.match(false)), 401, 200, 404, 200, 200),
                new Route("POST approve match", t -> new Call("POST", "/api/v1/matches/" + t.match(false) + "/approve", "{\"note\":\"ok\"}"),
                        401, 403, 404, 200, 200),
                new Route("POST progress introduced match", t -> new Call("POST", "/api/v1/matches/" + t.match(true) + "/progress",
                        "{\"status\":\"IN_TALKS\"}"), 401, 200, 404, 200, 200),
                new Route("POST bulk decision", t -> new Call("POST", "/api/v1/matches/bulk",
                        "{\"matchIds\":[\"" + t.match(false) + "\"],\"action\":\"APPROVE\"}"), 401, 403, 403, 200, 200),
                new Route("POST request introduction", t -> new Call("POST", "/api/v1/matches/" + t.match(false) + "/request-introduction",
                        "{\"note\":\"keen\"}"), 401, 201, 404, 403, 403),
                new Route("GET inbox", t -> Call.get("/api/v1/inbox"), 401, 200, 200, 404, 404),
                new Route("GET park figures", t -> Call.get("/api/v1/park/kpis"), 401, 403, 403, 200, 200),
                new Route("GET park dashboard", t -> Call.get("/api/v1/park/dashboard?months=6"), 401, 403, 403, 200, 200),
                new Route("GET audit log", t -> Call.get("/api/v1/audit?subjectType=listing"), 401, 403, 403, 200, 200),
                new Route("GET own account", t -> Call.get("/api/v1/account"), 401, 200, 200, 200, 200),
                new Route("GET accounts by e-mail", t -> Call.get("/api/v1/users?email=nobody%40example.com"), 401, 403, 403, 200, 200),
                new Route("POST vouch for an address", t -> new Call("POST", "/api/v1/users/" + t.actors.get(Caller.OWNER).userId() + "/confirm-email",
                        null), 401, 403, 403, 200, 200));
    }

    static Stream<Arguments> table() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> Arguments.of(route, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("table")
    void each_caller_gets_the_status_its_role_allows(Route route, Caller caller) throws Exception {
        Call call = route.call().apply(this);
        HttpResponse<String> response = send(call, tokens.get(caller));

        assertThat(response.statusCode()).as("%s %s as %s: %s", call.method(), call.path(), caller, response.body())
                .isEqualTo(route.expected(caller));
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    static final String LISTING = "{\"type\":\"DATA_SERVICE\",\"title\":\"Annotation service\",\"sectors\":[\"ARTIFICIAL_INTELLIGENCE\"],"
            + "\"dataCategories\":[\"GENERAL\"],\"directions\":[\"CN_TO_SG\"],\"priceModel\":\"PER_USE\"}";
    static final String SCENARIO = "{\"title\":\"Fund research sharing\",\"description\":\"Market research shared by fund managers\","
            + "\"sectors\":[\"FINANCE\"],\"direction\":\"CN_TO_SG\",\"dataCategories\":[\"GENERAL\"],\"roles\":{\"CN\":\"provides\",\"SG\":\"analyses\"}}";

    static final String NEED = "{\"title\":\"Port call data\",\"sectors\":[\"INTERNATIONAL_SHIPPING\"],\"dataCategories\":[\"GENERAL\"],"
            + "\"direction\":\"CN_TO_SG\"}";

    /** The JSON object with a version added as its last field. */
    static String withVersion(String json, Integer version) {
        return json.substring(0, json.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    private Long ownOrg() {
        return actors.get(Caller.OWNER).organizationId();
    }

    private String organizationBody() {
        Organization current = organizations.get(actors.get(Caller.STAFF), ownOrg());
        return "{\"name\":\"" + current.name() + "\",\"jurisdiction\":\"SG\",\"sectors\":[\"FINANCE\"],\"version\":" + current.version() + "}";
    }

    private String profileBody() {
        ComplianceProfile current = compliance.profile(actors.get(Caller.STAFF), ownOrg());
        return "{\"mechanisms\":[],\"certifications\":[],\"acceptsCategories\":[\"GENERAL\"],\"ciio\":false,\"version\":" + current.version() + "}";
    }

    private Listing draft() {
        return fixture.draft(actors.get(Caller.OWNER), "Draft");
    }

    private Listing submitted() {
        return fixture.submitted(actors.get(Caller.OWNER), "Submitted");
    }

    private Listing published() {
        return fixture.published(actors.get(Caller.OWNER), "Published");
    }

    private Listing revised() {
        return fixture.revised(actors.get(Caller.OWNER), "Published");
    }

    private Need need() {
        return needs.create(actors.get(Caller.OWNER), new NeedInput("Port call data", null, List.of("INTERNATIONAL_SHIPPING"), List.of("GENERAL"),
                "CN_TO_SG", 0L, 0L, List.of(), null, false, List.of(), List.of(), null));
    }

    /** A suggestion for the owner's need with a third organisation's listing; introduced by staff when asked. */
    private Long match(boolean introduced) {
        Actor provider = fixture.verifiedMember("CN");
        Long listing = fixture.published(provider, "Vessel tracking").id();
        Match match = matches.save(new Match(null, need().id(), listing, ownOrg(), provider.organizationId(), 80.0, Verdict.CLEAR, List.of(),
                List.of(), List.of(), MatchStatus.SUGGESTED, null, Instant.now(), null, null, null, null));
        if (introduced) {
            curation.approve(actors.get(Caller.STAFF), match.id(), null);
            curation.introduce(actors.get(Caller.STAFF), match.id(), null);
        }
        return match.id();
    }

    private String checkBody() {
        return "{\"exporterId\":\"" + actors.get(Caller.OTHER).organizationId() + "\",\"importerId\":\"" + ownOrg()
                + "\",\"direction\":\"CN_TO_SG\",\"dataCategories\":[\"PERSONAL\"],\"personalInfoSubjects\":150000}";
    }

    private Scenario scenario() {
        return scenarios.create(actors.get(Caller.STAFF), new ScenarioInput("Clinical trial data", null, "Trial data to a CRO", null,
                List.of("BIOMEDICINE"), "CN_TO_SG", List.of("SENSITIVE_PERSONAL"), Map.of("CN", "sponsor", "SG", "CRO"), null, null));
    }

    private String token(String email) throws IOException, InterruptedException {
        HttpResponse<String> response = send(new Call("POST", "/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + MarketplaceFixture.PASSWORD + "\"}"), null);
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        int start = body.indexOf("\"token\":\"") + 9;
        return body.substring(start, body.indexOf('"', start));
    }

    private HttpResponse<String> send(Call call, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + call.path()))
                .header("Accept", "application/json")
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
