package dev.bridgehead.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bridgehead.marketplace.account.Actor;
import dev.bridgehead.marketplace.account.AccountService;
import dev.bridgehead.marketplace.compliance.Verdict;
import dev.bridgehead.marketplace.matching.Match;
import dev.bridgehead.marketplace.matching.MatchRepository;
import dev.bridgehead.marketplace.matching.MatchStatus;
import dev.bridgehead.marketplace.testing.DatabaseCleaner;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import dev.bridgehead.marketplace.testing.SuggestionFixture;
import dev.bridgehead.search.testing.SearchIndexCleaner;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search, a form and the curation queue used with the keyboard alone: every control is reached
 * with Tab, filled by typing, ticked with Space and sent with Enter; the queue's own keys decide.
 * (Matching is off: the queue's suggestion is stored by hand.)
 */
@MicronautTest(transactional = false)
@Property(name = "bridgehead.matching.refresher.enabled", value = "false")
class KeyboardIT {

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Inject
    EmbeddedServer server;

    @Inject
    MarketplaceFixture fixture;

    @Inject
    dev.bridgehead.search.testing.IndexingSupport indexing;

    @Inject
    DatabaseCleaner database;

    @Inject
    SearchIndexCleaner index;

    @Inject
    SuggestionFixture suggestions;

    @Inject
    MatchRepository matches;

    @Inject
    AccountService accounts;

    private String base;

    @BeforeEach
    void emptyMarketplace() {
        database.clean();
        index.clean();
        base = server.getURL().toString();
    }

    @Test
    void aVisitorSearchesAndRegistersWithTheKeyboardAlone() {
        Actor provider = fixture.verifiedMember("SG");
        fixture.published(provider, "Vessel tracking feed");
        indexing.awaitIndexed();
        ChromeDriver browser = chromium.driver();

        browser.get(base + "/search");
        tabTo(browser, "q").sendKeys("vessel" + Keys.ENTER);
        // The results page replaces the search page: wait for it by its address, then read it once it has loaded.
        new WebDriverWait(browser, Chromium.WAIT).until(d -> d.getCurrentUrl().contains("q=vessel") && Chromium.complete(d));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vessel tracking feed");

        browser.get(base + "/register");
        tabTo(browser, "name").sendKeys("Keyboard Analytics Pte. Ltd.");
        tabTo(browser, "jurisdiction").sendKeys("Singapore");
        tabTo(browser, "registryId").sendKeys(dev.bridgehead.marketplace.testing.RegistryIdFixture.next("SG"));
        tabTo(browser, "sectors").sendKeys(Keys.SPACE);
        tabTo(browser, "displayName").sendKeys("Kay Board");
        tabTo(browser, "email").sendKeys("kay@keyboard.example");
        tabTo(browser, "password").sendKeys("typed without a mouse" + Keys.ENTER);
        new WebDriverWait(browser, Chromium.WAIT).until(d -> !d.getCurrentUrl().endsWith("/register") && Chromium.complete(d));
        assertThat(accounts.exists("kay@keyboard.example")).isTrue();
    }

    @Test
    void staffApproveASuggestionFromTheQueueWithItsKeys() {
        Actor staff = fixture.staff();
        Actor seeker = fixture.verifiedMember("CN");
        Actor provider = fixture.verifiedMember("SG");
        Match match = suggestions.suggestion(seeker, provider, "Vessel data", List.of("INTERNATIONAL_SHIPPING"), "SG_TO_CN", Verdict.CLEAR, 90);
        ChromeDriver browser = chromium.driver();

        browser.get(base + "/login");
        tabTo(browser, "email").sendKeys(fixture.emailOf(staff));
        tabTo(browser, "password").sendKeys(MarketplaceFixture.PASSWORD + Keys.ENTER);
        new WebDriverWait(browser, Chromium.WAIT).until(d -> !d.getCurrentUrl().contains("/login") && Chromium.complete(d));
        browser.get(base + "/staff/matches");
        new Actions(browser).sendKeys("j").perform();
        assertThat(browser.findElement(By.cssSelector("[data-match].current")).getText()).contains("Vessel data");
        new Actions(browser).sendKeys("x").perform();
        assertThat(browser.findElement(By.cssSelector("[data-match].current input[name=matchIds]")).isSelected()).isTrue();
        new Actions(browser).sendKeys("a").perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("notice=bulkDone"));
        assertThat(matches.findById(match.id()).orElseThrow().status()).isEqualTo(MatchStatus.APPROVED);
    }

    /** Presses Tab until the control with this id or name has the focus; fails if Tab never reaches it. */
    private static WebElement tabTo(ChromeDriver browser, String idOrName) {
        for (int presses = 0; presses < 80; presses++) {
            WebElement focused = browser.switchTo().activeElement();
            if (idOrName.equals(focused.getAttribute("id")) || idOrName.equals(focused.getAttribute("name"))) {
                return focused;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reaches " + idOrName + " on " + browser.getCurrentUrl());
    }
}
