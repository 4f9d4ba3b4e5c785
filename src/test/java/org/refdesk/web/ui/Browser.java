package org.refdesk.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for UI tests. Without Chromium the tests are skipped with a message,
 * except in CI ({@code CI=true}), where a missing browser fails them: CI must really run them.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

    private Browser() {
    }

    /** A fresh browser with its own profile in {@code profileDir}, with a window of the given size. */
    static ChromeDriver launch(Path profileDir, int width, int height) {
        requireChromium();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--force-prefers-reduced-motion", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String message = "Chromium UI tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": they must run in CI, not skip");
        }
        Assumptions.abort(message + "; skipping");
    }

    /** Opens the page and waits until its starter questions show (the page has loaded its data). */
    static void openPage(WebDriver driver, String url) {
        driver.get(url);
        await(driver, d -> !d.findElements(org.openqa.selenium.By.cssSelector("#starters .suggestion")).isEmpty());
    }

    static <T> T await(WebDriver driver, Function<WebDriver, T> condition) {
        // the page re-renders as answers stream in: an element read mid-update is simply read again
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not just the window. */
    static Path fullPage(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("window.scrollTo(0, 0)");
            Number width = (Number) driver.executeScript(
                    "return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.doubleValue(),
                    "height", Math.min(8000, height.doubleValue()), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the page see {@code prefers-color-scheme: dark}. */
    static void darkMode(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    }
}
