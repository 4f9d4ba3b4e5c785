package org.refdesk.web.ui;

import static org.refdesk.web.ui.Browser.await;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.refdesk.TestLibrary;

/**
 * The page in real headless Chromium against a real server over the project's ten seed records: one
 * server and one browser per test class, the page reloaded before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageTest {

    TestLibrary server;
    ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path work) {
        Browser.requireChromium();
        server = TestLibrary.start(work.resolve("server"), settings(), seeds(work));
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
    }

    /** The collection files the server starts with: the project's seeds unless a test class says otherwise. */
    Path[] seeds(Path work) {
        return new Path[] {TestLibrary.PROJECT_SEEDS};
    }

    /** How the server's settings differ from the defaults: not at all unless a test class says otherwise. */
    java.util.function.UnaryOperator<org.refdesk.config.Settings> settings() {
        return java.util.function.UnaryOperator.identity();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        Browser.openPage(driver, server.url());
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void tab() {
        keys(Keys.TAB);
    }

    void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            tab();
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the wanted element; stuck at " + active().getTagName());
    }

    void ask(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        driver.findElement(By.id("ask-send")).click();
    }

    WebElement finishedTurn(int n) {
        return await(driver, d -> {
            List<WebElement> turns = d.findElements(By.cssSelector("#thread .turn"));
            if (turns.size() < n) {
                return null;
            }
            WebElement turn = turns.get(n - 1);
            boolean done = turn.findElements(By.cssSelector(".answer[aria-busy]")).isEmpty()
                    && !turn.findElement(By.cssSelector(".answer-text")).getText().isBlank();
            return done ? turn : null;
        });
    }
}
