package dev.bridgehead.web.journey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.bridgehead.marketplace.testing.MarketplaceFixture;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium downloads nothing), a
 * fresh profile per browser under {@code target/chromium-profiles/} (gone with the build, not left in
 * the system's temporary directory). A test that fails leaves a screenshot and the page's HTML under
 * {@code target/journeys/}.
 */
public final class Chromium implements AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path EVIDENCE = Path.of("target", "journeys");
    static final Path PROFILES = Path.of("target", "chromium-profiles");

    static final Duration WAIT = Duration.ofSeconds(10);

    private ChromeDriver driver;

    /** The browser of the current test, started on first use. */
    public ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and chromedriver: apt-get install chromium chromium-driver "
                    + "(.ci/run installs them when they are missing)");
        }
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(PROFILES), "profile-").toAbsolutePath();
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make a Chromium profile: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                save(driver, context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            }
        } finally {
            driver.quit();
            driver = null;
        }
    }

    /** Signs in on the sign-in page as a person does, and waits for the page it leads to. */
    static void signIn(ChromeDriver driver, String base, String email) {
        signIn(driver, base, email, MarketplaceFixture.PASSWORD);
    }

    static void signIn(ChromeDriver driver, String base, String email, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(d -> !URI.create(d.getCurrentUrl()).getPath().equals("/login") && complete(d));
    }

    static void signOut(ChromeDriver driver) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("form[action='/logout'] button")).click();
            return true;
        });
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("form[action='/logout']")).isEmpty() && complete(d));
    }

    /** Waits for the page a form's POST redirects to: its address says what happened, and it has finished loading. */
    static void arrive(ChromeDriver driver, String addressPart) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(addressPart) && complete(d));
    }

    static boolean complete(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
    }

    /** The page as a person sees it at a journey's milestones: {@code target/screenshots/NAME.png}, to look at after a run. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep the screenshot " + name + ": " + e.getMessage(), e);
        }
    }

    /** Keeps what the browser shows, as PNG and HTML, under target/journeys/. */
    static void save(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(EVIDENCE);
        Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    }
}
