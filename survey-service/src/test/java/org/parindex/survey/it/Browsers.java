package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for a browser test, as SecretariatIT starts it, and waits on its pages. */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(40);

    private Browsers() {
    }

    static ChromeDriver start() {
        assertThat(CHROMIUM).as("Debian's chromium (test.sh installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (test.sh installs it)").isExecutable();
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target"), "chromium-selfassessment-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=vi", "--window-size=1280,1000");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    static WebElement waitFor(WebDriver browser, String css) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(css)));
    }

    static void waitUntil(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, WAIT).until(condition::apply);
    }

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    static long overflow(WebDriver browser) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>}, for a look after the run. */
    static void screenshot(WebDriver browser, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
                    org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
