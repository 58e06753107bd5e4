package dev.bridgehead.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.curation.CurationService;
import dev.bridgehead.marketplace.listing.Listing;
import dev.bridgehead.marketplace.listing.ListingInput;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.need.NeedInput;
import dev.bridgehead.marketplace.need.NeedService;
import dev.bridgehead.marketplace.listing.ListingRepository;
import dev.bridgehead.marketplace.listing.ListingStatus;
import dev.bridgehead.marketplace.organization.OrganizationRepository;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What people do on Bridgehead, start to end, in a real browser, each journey from an empty marketplace. */
@MicronautTest(transactional = false)
class JourneysIT {

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    AccountService accounts;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner index;

    @Inject
    ListingRepository listings;

    @Inject
    OrganizationRepository organizations;

    @Inject
    NeedService needs;

    @Inject
    MatchRepository matches;

    @Inject
    CurationService curation;

    private String base;

    @BeforeEach
    void emptyMarketplace() {
        database.clean();
        index.clean();
        base = server.getURL().toString();
    }

    @Test
    void aSingaporeProviderIsVerifiedPublishedAndFoundInEnglishAndChinese() {
        Actor staff = fixture.staff();
        ChromeDriver browser = chromium.driver();
        String email = MarketplaceFixture.uniqueEmail("straits");

        browser.get(base + "/register");
        type(browser, "name", "Straits Port Analytics");
        type(browser, "nameZh", "海峡港口分析");
        new Select(browser.findElement(By.id("jurisdiction"))).selectByValue("SG");
        type(browser, "registryId", dev.bridgehead.marketplace.testing.RegistryIdFixture.next("SG"));
        tick(browser, "sectors", "INTERNATIONAL_SHIPPING");
        type(browser, "website", "https://straits-port.example");
        type(browser, "displayName", "Mei Lin Tan");
        type(browser, "email", email);
        type(browser, "password", "a long and careful passphrase");
        submit(browser, "form[action='/register']");
        new WebDriverWait(browser, Chromium.WAIT).until(d -> !d.getCurrentUrl().endsWith("/register") && Chromium.complete(d));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Check your inbox");
        // The link in the e-mail is followed in AccountJourneyIT; here staff vouch for the address.
        accounts.vouchForEmail(staff, accounts.byEmail(email).orElseThrow().id());
        Chromium.signIn(browser, base, email, "a long and careful passphrase");

        browser.get(base + "/my/organization");
        WebElement compliance = browser.findElement(By.cssSelector("form[action='/my/organization/compliance']"));
        new Select(compliance.findElements(By.name("certificationCode")).get(0)).selectByValue("ISO_27001");
        date(browser, compliance.findElements(By.name("certificationExpiresOn")).get(0), LocalDate.now().plusYears(2));
        compliance.findElements(By.name("certificationEvidenceRef")).get(0).sendKeys("SGS-27001-4411");
        tick(browser, "acceptsCategories", "GENERAL");
        compliance.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.arrive(browser, "#compliance");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ISO");

        browser.get(base + "/my/listings/new");
        new Select(browser.findElement(By.id("type"))).selectByValue("DATA_PRODUCT");
        type(browser, "title", "Vessel port call feed");
        type(browser, "titleZh", "船舶靠港数据");
        type(browser, "summary", "Arrivals and departures of vessels at the port of Singapore, hourly");
        tick(browser, "sectors", "INTERNATIONAL_SHIPPING");
        tick(browser, "dataCategories", "GENERAL");
        tick(browser, "directions", "SG_TO_CN");
        tick(browser, "deliveryModes", "API");
        type(browser, "tags", "port, vessel, 港口");
        new Select(browser.findElement(By.id("priceModel"))).selectByValue("SUBSCRIPTION");
        submit(browser, "main form.form");
        Chromium.arrive(browser, "notice=created");
        browser.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        Chromium.arrive(browser, "notice=submitted");
        Listing submitted = listings.findAll().iterator().next();
        assertThat(submitted.status()).isEqualTo(ListingStatus.SUBMITTED);

        Chromium.signOut(browser);
        signIn(browser, fixture.emailOf(staff));
        browser.get(base + "/staff/verification");
        WebElement decision = browser.findElement(By.cssSelector("form[action='/staff/organizations/" + submitted.organizationId() + "/verification']"));
        decision.findElement(By.tagName("textarea")).sendKeys("Business registration checked with ACRA");
        decision.findElement(By.cssSelector("button[value=VERIFIED]")).click();
        Chromium.arrive(browser, "notice=verified");
        browser.get(base + "/listings/" + submitted.id());
        browser.findElement(By.cssSelector("form[action='/staff/listings/" + submitted.id() + "/publish'] button")).click();
        Chromium.arrive(browser, "notice=published");
        assertThat(listings.findById(submitted.id()).orElseThrow().status()).isEqualTo(ListingStatus.PUBLISHED);

        Chromium.signOut(browser);
        searchUntilFound(browser, "/search?q=vessel+port", "Vessel port call feed");
        browser.findElement(By.cssSelector(".facets input[name=jurisdiction][value=SG]")).click();
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        Chromium.arrive(browser, "jurisdiction=SG");
        Chromium.screenshot(browser, "search");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vessel port call feed");

        browser.get(base + "/language?to=zh&back=/search");
        searchUntilFound(browser, "/search?q=船舶靠港", "船舶靠港数据");
    }

    @Test
    void aLingangFirmPostsANeedInChineseSeesRankedSingaporePartnersAndAsksForAnIntroduction() {
        Actor singapore = fixture.verifiedMember("SG");
        fixture.published(singapore, vehicleTelemetry());
        Actor lingang = fixture.verifiedMember("CN");
        ChromeDriver browser = chromium.driver();

        browser.get(base + "/language?to=zh&back=/login");
        signIn(browser, fixture.emailOf(lingang));
        browser.get(base + "/my/needs/new");
        type(browser, "title", "寻找新加坡车联网数据分析伙伴");
        tick(browser, "sectors", "INTELLIGENT_CONNECTED_VEHICLES");
        tick(browser, "dataCategories", "GENERAL");
        new Select(browser.findElement(By.id("direction"))).selectByValue("CN_TO_SG");
        type(browser, "tags", "telematics");
        type(browser, "personalInfoSubjects", "0");
        type(browser, "sensitiveSubjects", "0");
        submit(browser, "main form.form");
        Chromium.arrive(browser, "notice=needPosted");

        // Matching follows the need through its outbox within seconds; the page shows what it found.
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("ol.matches a[href^='/matches/']")).isEmpty();
        });
        WebElement partner = browser.findElement(By.cssSelector("ol.matches li"));
        assertThat(partner.getText()).contains("Connected vehicle telemetry analytics");
        assertThat(partner.findElement(By.cssSelector(".verdict")).getText()).isNotBlank();

        partner.findElement(By.cssSelector("a[href^='/matches/']")).click();
        new WebDriverWait(browser, Chromium.WAIT).until(d -> d.getCurrentUrl().matches(".*/matches/\\d+$") && Chromium.complete(d));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("新加坡");
        Chromium.screenshot(browser, "match-explanation-zh");
        browser.findElement(By.id("request-note")).sendKeys("希望与对方洽谈");
        browser.findElement(By.cssSelector("form[action$='/request-introduction'] button")).click();
        Chromium.arrive(browser, "notice=introductionRequested");
        assertThat(browser.findElement(By.cssSelector("main .notice[role=status]")).getText()).contains("园区人员已收到您的申请");
        assertThat(browser.findElements(By.cssSelector("form[action$='/request-introduction']"))).as("asked once").isEmpty();
    }

    @Test
    void staffIntroduceARequestedMatchBothSidesSeeItAndTheAgreedDealMovesTheDashboard() {
        Actor staff = fixture.staff();
        Actor singapore = fixture.verifiedMember("SG");
        fixture.published(singapore, vehicleTelemetry());
        Actor lingang = fixture.verifiedMember("CN");
        needs.create(lingang, new NeedInput("寻找新加坡车联网数据分析伙伴", null, List.of("INTELLIGENT_CONNECTED_VEHICLES"), List.of("GENERAL"),
                "CN_TO_SG", 0L, 0L, List.of(), null, false, List.of("telematics"), List.of(), null));
        Match match = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300))
                .until(d -> matches.findAll().stream().findFirst().orElse(null));
        curation.requestIntroduction(lingang, match.id(), null);
        ChromeDriver browser = chromium.driver();

        signIn(browser, fixture.emailOf(staff));
        browser.get(base + "/staff/matches?requested=true");
        assertThat(browser.findElement(By.cssSelector("ol.matches")).getText()).contains("寻找新加坡车联网数据分析伙伴");
        browser.findElement(By.cssSelector("ol.matches h2 a")).click();
        Chromium.arrive(browser, "/matches/" + match.id());
        browser.findElement(By.cssSelector("form[action$='/decide'] button[value=APPROVE]")).click();
        Chromium.arrive(browser, "notice=matchMoved");
        browser.findElement(By.id("decision-note")).sendKeys("Introduced at the Lingang data forum");
        browser.findElement(By.cssSelector("form[action$='/decide'] button[value=INTRODUCE]")).click();
        Chromium.arrive(browser, "notice=matchMoved");

        for (Actor side : List.of(singapore, lingang)) {
            Chromium.signOut(browser);
            signIn(browser, fixture.emailOf(side));
            assertThat(browser.findElement(By.cssSelector("header nav .badge")).getText()).as("unread in the navigation").isEqualTo("1");
            browser.get(base + "/my/inbox");
            assertThat(browser.findElements(By.cssSelector("main a[href='/matches/" + match.id() + "']"))).isNotEmpty();
        }
        browser.get(base + "/matches/" + match.id());
        browser.findElement(By.cssSelector("input[name=status][value=AGREED]")).click();
        browser.findElement(By.id("dealValueCny")).sendKeys("1,250,000");
        browser.findElement(By.cssSelector("form[action$='/progress'] button[type=submit]")).click();
        Chromium.arrive(browser, "notice=matchMoved");

        Chromium.signOut(browser);
        signIn(browser, fixture.emailOf(staff));
        browser.get(base + "/staff/dashboard");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("¥1250000.00");
        Chromium.screenshot(browser, "dashboard");
        browser.get(base + "/staff/audit?subjectType=match&subjectId=" + match.id());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("match.introduction-requested", "match.approve", "match.introduce",
                "match.agree");
    }

    @Test
    void aFirmDeclaresAContractAndUploadsItsFilingStaffVerifyItAndBothPartiesSeeTheVerdictChange() throws Exception {
        Actor singapore = fixture.verifiedMember("SG");
        fixture.checkedProfile(singapore, List.of(new dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput(
                "CN_STANDARD_CONTRACT", "customer analytics", LocalDate.now().minusMonths(3).toString(), "SG-SCC-11")), List.of(),
                List.of("GENERAL", "PERSONAL"));
        fixture.published(singapore, new ListingInput("DATA_SERVICE", "Retail customer analytics", null, "Loyalty and basket analytics", null, null,
                List.of("CROSS_BORDER_ECOMMERCE"), List.of("PERSONAL"), List.of("CN_TO_SG"), List.of("API"), List.of("loyalty", "basket"), List.of(),
                "NEGOTIABLE", null));
        Actor lingang = fixture.verifiedMember("CN");
        Long need = needs.create(lingang, new NeedInput("Loyalty basket analytics partner", null, List.of("CROSS_BORDER_ECOMMERCE"), List.of("PERSONAL"),
                "CN_TO_SG", 150_000L, 0L, List.of(), null, false, List.of("loyalty", "basket"), List.of(), null)).id();
        Match match = waitForMatch(need);
        ChromeDriver browser = chromium.driver();

        signIn(browser, fixture.emailOf(lingang));
        browser.get(base + "/my/organization");
        WebElement compliance = browser.findElement(By.cssSelector("form[action='/my/organization/compliance']"));
        new Select(compliance.findElements(By.name("mechanismCode")).get(0)).selectByValue("CN_STANDARD_CONTRACT");
        compliance.findElements(By.name("mechanismEvidenceRef")).get(0).sendKeys("SH-SCC-2026-0042");
        compliance.findElements(By.name("mechanismIssuer")).get(0).sendKeys("Shanghai CAC");
        date(browser, compliance.findElements(By.name("mechanismObtainedOn")).get(0), LocalDate.now().minusMonths(2));
        tick(browser, "acceptsCategories", "GENERAL");
        compliance.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.arrive(browser, "#compliance");
        browser.findElement(By.cssSelector("a[href='/my/organization/evidence?entry=mechanisms/CN_STANDARD_CONTRACT']")).click();
        java.nio.file.Path filing = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "filing", ".pdf");
        java.nio.file.Files.writeString(filing, "%PDF-1.7\n% Filing receipt SH-SCC-2026-0042 of the Shanghai CAC\n%%EOF\n");
        filing.toFile().deleteOnExit();
        browser.findElement(By.id("file")).sendKeys(filing.toAbsolutePath().toString());
        submit(browser, "form[action='/my/organization/evidence']");
        Chromium.arrive(browser, "notice=uploaded");
        assertThat(browser.findElement(By.id("compliance")).getText()).contains("Declared, not yet checked");

        browser.get(base + "/matches/" + match.id());
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("main")).getText().contains("Park staff check the evidence of the CAC standard contract");
        });

        Chromium.signOut(browser);
        signIn(browser, fixture.emailOf(fixture.staff()));
        browser.get(base + "/staff/evidence");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("SH-SCC-2026-0042", "Shanghai CAC");
        browser.findElement(By.tagName("body")).sendKeys("j");
        browser.findElement(By.tagName("body")).sendKeys("v");
        Chromium.arrive(browser, "notice=evidenceDecided");
        Chromium.screenshot(browser, "evidence-queue");

        for (Actor party : List.of(lingang, singapore)) {
            Chromium.signOut(browser);
            signIn(browser, fixture.emailOf(party));
            new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
                d.get(base + "/my/inbox");
                return d.findElement(By.tagName("main")).getText().contains("The verdict of a match changed from Needs steps to Clear");
            });
            browser.get(base + "/matches/" + match.id());
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Verdict changed from Needs steps to Clear")
                    .contains("no longer needed");
        }
    }

    private Match waitForMatch(Long need) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Match> found = matches.findByNeedId(need);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Matching never suggested a partner for need " + need);
    }

    private static ListingInput vehicleTelemetry() {
        return new ListingInput("DATA_PRODUCT", "Connected vehicle telemetry analytics", null, "Fleet telematics and ADAS event analytics", null, null,
                List.of("INTELLIGENT_CONNECTED_VEHICLES"), List.of("GENERAL"), List.of("CN_TO_SG"), List.of("API"), List.of("telematics", "adas"),
                List.of(), "SUBSCRIPTION", null);
    }

    @Test
    void aMemberCannotEditAnotherOrganisationsListingNorPostAFormWithoutItsToken() {
        Actor owner = fixture.verifiedMember("SG");
        Listing theirs = fixture.draft(owner, "Crew roster extract");
        Actor other = fixture.verifiedMember("CN");
        ChromeDriver browser = chromium.driver();

        signIn(browser, fixture.emailOf(other));
        browser.get(base + "/my/listings/" + theirs.id() + "/edit");
        assertThat(browser.getTitle()).doesNotContain("Crew roster extract");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Crew roster extract");

        // A page of another site posting to Bridgehead with the member's cookie but without the form's token.
        browser.get(base + "/my/organization");
        String before = organizations.findById(other.organizationId()).orElseThrow().name();
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = '/my/organization';
                for (const [name, value] of [['name', 'Forged name'], ['version', '0']]) {
                  const input = document.createElement('input'); input.name = name; input.value = value; form.appendChild(input);
                }
                document.body.appendChild(form); form.submit();""");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("main")).getText().length() > 0);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Forged name");
        assertThat(organizations.findById(other.organizationId()).orElseThrow().name()).isEqualTo(before);
        assertThat(listings.findById(theirs.id()).orElseThrow().title()).isEqualTo("Crew roster extract");
    }

    private void searchUntilFound(ChromeDriver browser, String path, String title) {
        // The index follows MySQL through the outbox: a published listing is searchable within seconds.
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(base + path);
            return d.findElement(By.tagName("main")).getText().contains(title);
        });
    }

    private void signIn(ChromeDriver browser, String email) {
        Chromium.signIn(browser, base, email);
    }

    private static void type(ChromeDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void tick(ChromeDriver browser, String name, String value) {
        WebElement box = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static void date(ChromeDriver browser, WebElement field, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, day.toString());
    }

    private static void submit(ChromeDriver browser, String formSelector) {
        List<WebElement> buttons = browser.findElement(By.cssSelector(formSelector)).findElements(By.cssSelector("button[type=submit]"));
        buttons.get(buttons.size() - 1).click();
    }
}
