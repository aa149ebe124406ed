package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the secretariat's browser tests: started with its own profile under target/,
 * closed with the profile deleted, and the few waits the tests use.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(40);

    /**
     * The tag of checks driven through a page in Chromium. They run on Derby; the PostgreSQL pass leaves them out
     * (failsafe's {@code excludedGroups} in the {@code postgresql} profile): what they store goes through the same
     * endpoints that the API checks drive on both databases, and what they check beyond that is the page.
     */
    static final String TAG = "browser";

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser whose window is {@code width}×{@code height}, its profile in target/{@code name}-…. */
    static Chromium start(String name, int width, int height) {
        assertThat(BINARY).as("Debian's chromium (test.sh installs it)").isExecutable();
        assertThat(DRIVER).as("Debian's chromium-driver (test.sh installs it)").isExecutable();
        try {
            Files.createDirectories(Path.of("target"));
            Path profile = Files.createTempDirectory(Path.of("target"), name + "-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=vi",
                    "--window-size=" + width + "," + height);
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
            speakFromAnAddressOfItsOwn(driver);
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends X-Forwarded-For with an address of its own on every request of {@code driver} (ApiIT trusts it), so
     * that the throttles count this browser apart from the other test clients.
     */
    static void speakFromAnAddressOfItsOwn(ChromeDriver driver) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers",
                java.util.Map.of("X-Forwarded-For", Api.newClientAddress())));
    }

    /** Opens {@code path} under the application's root {@code base}. */
    void open(URL base, String path) {
        String root = base.toString();
        driver.get((root.endsWith("/") ? root : root + "/") + path);
    }

    WebElement waitFor(String css) {
        return waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        waiting(driver).until(condition::apply);
    }

    /**
     * A wait of up to {@link #WAIT} that looks every 50 ms: WebDriver's default of 500 ms made each wait on a
     * page's own reaction (an autosave, a dialog) cost half a second, and the browser checks make hundreds.
     */
    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, WAIT, POLL);
    }

    private static final Duration POLL = Duration.ofMillis(50);

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    long overflow() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .longValue();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>}, for a look after the run. */
    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first element matching {@code css}, stripped; empty when there is none. */
    String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
