package dev.bridgehead.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every main page in both languages, in a real browser: axe-core finds no serious or critical
 * violation, no message key shows untranslated, and the page's own chrome (navigation, footer) is in
 * the page's language.
 */
@MicronautTest(transactional = false)
class AccessibilityIT {

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    dev.bridgehead.marketplace.organization.ComplianceProfileService compliance;

    @Inject
    DatabaseCleaner database;

    private Actor staff;
    private Actor member;
    private Long listing;

    @BeforeEach
    void marketplace() {
        database.clean();
        staff = fixture.staff();
        member = fixture.verifiedMember("SG");
        listing = fixture.published(member, "Port call data").id();
        // A declared mechanism, so that the evidence queue and the profile show their entries.
        compliance.updateProfile(member, member.organizationId(), new dev.bridgehead.marketplace.organization.ComplianceProfileInput(List.of(
                new dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput("ASEAN_MCC", "port data", "2026-01-05", "MCC-7")),
                List.of(), List.of("GENERAL"), false, 0));
    }

    enum Who { VISITOR, MEMBER, STAFF }

    static Stream<Arguments> pages() {
        List<Object[]> pages = List.of(
                new Object[] {"/", Who.VISITOR}, new Object[] {"/search?q=port", Who.VISITOR}, new Object[] {"/listings", Who.VISITOR},
                new Object[] {"/listings/{listing}", Who.VISITOR}, new Object[] {"/scenarios", Who.VISITOR}, new Object[] {"/register", Who.VISITOR},
                new Object[] {"/login", Who.VISITOR}, new Object[] {"/compliance/rules", Who.VISITOR},
                new Object[] {"/my/organization", Who.MEMBER}, new Object[] {"/my/listings/new", Who.MEMBER}, new Object[] {"/my/needs/new", Who.MEMBER},
                new Object[] {"/my/inbox", Who.MEMBER}, new Object[] {"/compliance/check", Who.MEMBER},
                new Object[] {"/staff/matches", Who.STAFF}, new Object[] {"/staff/dashboard", Who.STAFF}, new Object[] {"/staff/audit", Who.STAFF},
                new Object[] {"/staff/verification", Who.STAFF}, new Object[] {"/staff/evidence", Who.STAFF},
                new Object[] {"/staff/moderation", Who.STAFF}, new Object[] {"/my/organization/evidence", Who.MEMBER},
                new Object[] {"/compliance/lists", Who.STAFF},
                new Object[] {"/staff/glossary?q=port", Who.STAFF}, new Object[] {"/my/account", Who.MEMBER},
                new Object[] {"/staff/accounts", Who.STAFF}, new Object[] {"/account/reset", Who.VISITOR});
        return pages.stream().flatMap(p -> Stream.of("en", "zh").map(language -> Arguments.of(p[0], p[1], language)));
    }

    @ParameterizedTest(name = "{0} as {1} in {2}")
    @MethodSource("pages")
    void eachMainPageIsAccessibleAndWhollyInItsLanguage(String path, Who who, String language) {
        ChromeDriver browser = chromium.driver();
        String base = server.getURL().toString();
        browser.get(base + "/language?to=" + language + "&back=/login");
        if (who != Who.VISITOR) {
            Chromium.signIn(browser, base, who == Who.STAFF ? fixture.emailOf(staff) : fixture.emailOf(member));
        }
        String address = path.replace("{listing}", listing.toString());
        browser.get(base + address);

        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).as("the page itself, not a sign-in on its way")
                .isEqualTo(java.net.URI.create(address).getPath());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith(language);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).as("untranslated message keys").doesNotContainPattern("\\[[a-z]+(\\.[A-Za-z0-9_-]+)+\\]");
        String chrome = browser.findElement(By.cssSelector("header nav")).getText() + browser.findElement(By.tagName("footer")).getText();
        if (language.equals("zh")) {
            assertThat(chrome).as("the navigation of a Chinese page").doesNotContain("Search", "Listings", "Scenarios", "Transfer rules");
        } else {
            assertThat(chrome).as("the navigation of an English page").doesNotContainPattern("\\p{IsHan}");
        }

        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<Rule> serious = results.getViolations().stream().filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .toList();
        assertThat(serious).as("serious or critical axe-core violations on %s (%s):%n%s", path, language, serious.stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at " + r.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }

}
