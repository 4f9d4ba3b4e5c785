package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Keyboard-only use, narrow screens, dark mode, the strict CSP and no stored data. */
class AccessibilityIT extends PageTest {

    @Test
    void should_be_usable_with_the_keyboard_alone() {
        // given the page, reached with Tab from the top
        tab();
        assertThat(active().getAttribute("class")).contains("skip-link");
        keys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("question");

        // when a question is typed and sent with Enter (Shift+Enter makes a new line first)
        keys("Anything on Cambodia?");
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ENTER).keyUp(Keys.SHIFT).perform();
        assertThat(driver.findElement(By.id("question")).getAttribute("value")).endsWith("\n");
        keys(Keys.ENTER);
        finishedTurn(1);

        // then Tab reaches the citation, Enter moves focus to its card, and the card's buttons work
        tabUntil(e -> e.getAttribute("class") != null && e.getAttribute("class").contains("cite"));
        String target = active().getAttribute("href").replaceAll(".*#", "");
        keys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo(target);
        tabUntil(e -> "Show full abstract".equals(e.getText()));
        keys(Keys.ENTER);
        assertThat(active().getAttribute("aria-expanded")).isEqualTo("true");
        tabUntil(e -> e.getAttribute("data-reading") != null);
        keys(Keys.ENTER);
        assertThat(driver.findElement(By.id("reading-count")).getText()).isEqualTo("1");

        // and the reading list opens and closes (Escape) with focus returned
        tabUntil(e -> "reading-toggle".equals(e.getAttribute("id")));
        keys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("reading-title");
        keys(Keys.ESCAPE);
        assertThat(active().getAttribute("id")).isEqualTo("reading-toggle");
        assertThat(driver.findElement(By.id("reading-drawer")).isDisplayed()).isFalse();
        Object outline = driver.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
    }

    @Test
    void should_fit_a_400_pixel_screen_and_follow_dark_mode() {
        // given a narrow window in dark mode
        driver.manage().window().setSize(new Dimension(400, 860));
        Browser.darkMode(driver);
        try {
            Browser.openPage(driver, server.url());
            Browser.fullPage(driver, "10-narrow-dark-start");

            // when a question is answered
            ask("Which reports are about health?");
            finishedTurn(1);
            Browser.fullPage(driver, "11-narrow-dark-answer");

            // then nothing runs off the side and the colours are dark
            Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number inner = (Number) driver.executeScript("return window.innerWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(inner.intValue());
            String background = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
            assertThat(background).isEqualTo("rgb(15, 20, 25)");
            driver.manage().window().setSize(new Dimension(1280, 900));
            Browser.fullPage(driver, "11b-dark-desktop-answer");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void should_run_under_the_strict_csp_without_console_errors_or_stored_data() {
        // given a page that has been used: an answer, a browse, the handout
        ask("Anything on Asia?");
        finishedTurn(1);
        driver.findElement(By.id("tab-browse")).click();
        await(driver, d -> d.findElements(By.cssSelector("#browse-list .browse-item")).size() == 10);
        driver.findElement(By.id("tab-handout")).click();

        // then the browser logged no error and no CSP violation
        List<String> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(problems).isEmpty();

        // and the session left nothing in the browser's storage (shared training computers)
        assertThat(driver.executeScript("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
    }
}
