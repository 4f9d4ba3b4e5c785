package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The page in real headless Chromium against a real server over the project's ten seed records. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private UiServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path work) {
        Browser.requireChromium();
        server = UiServer.start(work.resolve("server"), UiServer.PROJECT_SEEDS);
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
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
        driver.get(server.url());
        await(driver, d -> !d.findElements(By.cssSelector("#starters .suggestion")).isEmpty());
    }

    @Test
    void should_answer_with_working_citation_links_and_source_cards() {
        // given the empty page with its starter questions
        Browser.fullPage(driver, "01-start");

        // when a question is typed and sent with Enter
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("What does the library say about the Nepal earthquake?");
        box.sendKeys(Keys.ENTER);
        WebElement turn = finishedTurn(1);

        // then the answer carries [n] links whose targets are the source cards
        List<WebElement> cites = turn.findElements(By.cssSelector(".answer-text a.cite"));
        assertThat(cites).isNotEmpty();
        String target = cites.get(0).getAttribute("href").replaceAll(".*#", "");
        WebElement card = driver.findElement(By.id(target));
        assertThat(card.findElement(By.cssSelector(".card-title")).getText()).contains("Lessons from Europe");
        assertThat(card.findElement(By.cssSelector(".card-snippet mark")).getText()).containsIgnoringCase("nepal");
        cites.get(0).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(target);
        assertThat(driver.findElement(By.id("announcer")).getText()).startsWith("Answer:");
        assertThat(driver.getCurrentUrl()).doesNotContain("Nepal");

        // and the full abstract opens on demand
        card.findElement(By.cssSelector(".card-actions .link-button")).click();
        await(driver, d -> card.findElement(By.cssSelector(".card-abstract")).getText().length() > 300);
        Browser.fullPage(driver, "02-answer");
    }

    @Test
    void should_send_the_history_with_a_follow_up_and_forget_it_on_a_new_conversation() {
        // given a page that records what it sends to the ask endpoint, and an answered question
        driver.executeScript("window.__asks = []; const f = window.fetch; window.fetch = (url, opts) => {"
                + " if (String(url).includes('/api/ask')) window.__asks.push({url: String(url),"
                + " method: opts && opts.method, body: JSON.parse(opts.body)}); return f(url, opts); };");
        ask("What does the library say about the Nepal earthquake?");
        finishedTurn(1);

        // when a follow-up refers back to it
        ask("Who wrote it?");
        WebElement second = finishedTurn(2);

        // then the answer is about the same report, with its authors
        assertThat(second.findElement(By.cssSelector(".answer-text")).getText()).contains("Katie Klaffenböck");
        Browser.fullPage(driver, "03-follow-up");

        // and the question went in the POST body with the earlier turns, never in the URL
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> asks = (List<Map<String, Object>>) driver.executeScript("return window.__asks");
        assertThat(asks).hasSize(2);
        assertThat(asks.get(1).get("url")).isEqualTo("/api/ask/stream");
        assertThat(asks.get(1).get("method")).isEqualTo("POST");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) asks.get(1).get("body");
        assertThat(body.get("question")).isEqualTo("Who wrote it?");
        assertThat(body.get("history").toString()).contains("role=user", "Nepal earthquake", "role=assistant",
                "Lessons from Europe");

        // when a new conversation starts, the thread is cleared and the next question has no history
        driver.findElement(By.id("new-conversation")).click();
        assertThat(driver.findElements(By.cssSelector("#thread .turn"))).isEmpty();
        assertThat(driver.findElement(By.id("intro")).isDisplayed()).isTrue();
        ask("Anything on Asia?");
        finishedTurn(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> after = (List<Map<String, Object>>) driver.executeScript("return window.__asks");
        assertThat(after.get(2).get("body").toString()).contains("history=[]");
    }

    @Test
    void should_ask_a_suggested_question_when_its_chip_is_clicked() {
        // given an answer with related questions
        ask("Which reports are about health?");
        WebElement first = finishedTurn(1);
        WebElement chip = first.findElement(By.cssSelector(".suggestions .suggestion"));
        String suggestion = chip.getText();

        // when one is clicked
        chip.click();

        // then it is asked and answered as the next turn
        WebElement second = finishedTurn(2);
        assertThat(second.findElement(By.cssSelector(".turn-question")).getText()).isEqualTo(suggestion);
        assertThat(second.findElement(By.cssSelector(".answer-text")).getText()).isNotBlank();
    }

    @Test
    void should_start_from_a_starter_question_derived_from_the_collection() {
        // given the starter chips
        List<String> starters = driver.findElements(By.cssSelector("#starters .suggestion")).stream()
                .map(WebElement::getText).toList();
        assertThat(starters).contains("Anything on Armenia?");

        // when one is clicked, then it is answered with a citation
        driver.findElement(By.cssSelector("#starters .suggestion")).click();
        WebElement turn = finishedTurn(1);
        assertThat(turn.findElements(By.cssSelector(".answer-text a.cite"))).isNotEmpty();
        assertThat(driver.findElement(By.id("intro")).isDisplayed()).isFalse();
    }

    @Test
    void should_narrow_answers_and_browsing_with_removable_filter_chips() {
        // given the filter panel
        driver.findElement(By.id("filters-toggle")).click();
        Select country = new Select(driver.findElement(By.id("filter-country")));
        assertThat(country.getOptions().stream().map(WebElement::getText)).contains("Armenia (1)");

        // when a country is chosen
        country.selectByValue("Armenia");
        await(driver, d -> d.findElements(By.cssSelector("#filter-chips .filter-chip")).size() == 1);

        // then a question only cites reports on that country
        ask("What advice is there for young migrants?");
        WebElement turn = finishedTurn(1);
        List<WebElement> cards = turn.findElements(By.cssSelector(".card"));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).getText()).contains("Making Your Travel Safe");
        Browser.fullPage(driver, "04-filtered-answer");

        // and browsing is narrowed too
        driver.findElement(By.id("tab-browse")).click();
        await(driver, d -> d.findElement(By.id("browse-count")).getText().startsWith("1 report"));
        assertThat(driver.findElements(By.cssSelector("#browse-list .browse-item"))).hasSize(1);

        // when the chip is removed, the whole library is back
        driver.findElement(By.cssSelector("#filter-chips .chip-remove")).click();
        await(driver, d -> d.findElement(By.id("browse-count")).getText().startsWith("10 reports"));
        assertThat(driver.findElements(By.cssSelector("#filter-chips .filter-chip"))).isEmpty();
    }

    @Test
    void should_browse_search_and_open_a_report_as_a_card() {
        // given the library browser
        driver.findElement(By.id("tab-browse")).click();
        await(driver, d -> d.findElements(By.cssSelector("#browse-list .browse-item")).size() == 10);
        Browser.fullPage(driver, "05-browse");

        // when searching for a word
        driver.findElement(By.id("browse-q")).sendKeys("health");
        await(driver, d -> d.findElement(By.id("browse-count")).getText().contains("matching “health”"));
        List<WebElement> items = driver.findElements(By.cssSelector("#browse-list .browse-item"));
        assertThat(items).isNotEmpty().hasSizeLessThan(10);

        // then an item opens as a card with its abstract
        items.get(0).findElement(By.cssSelector(".browse-title")).click();
        WebElement dialog = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("card-dialog")));
        assertThat(dialog.findElement(By.cssSelector(".card-abstract")).isDisplayed()).isTrue();
        Browser.fullPage(driver, "06-card-dialog");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        await(driver, ExpectedConditions.invisibilityOfElementLocated(By.id("card-dialog")));
    }

    @Test
    void should_collect_a_reading_list_and_export_it_in_every_format() throws Exception {
        // given an answer citing several reports
        ask("Which reports are about health?");
        WebElement turn = finishedTurn(1);
        int cited = turn.findElements(By.cssSelector(".card")).size();
        assertThat(cited).isGreaterThan(1);

        // when all cited reports are added and the drawer is opened
        turn.findElement(By.cssSelector(".answer-actions .chip-button")).click();
        assertThat(driver.findElement(By.id("reading-count")).getText()).isEqualTo(String.valueOf(cited));
        driver.findElement(By.id("reading-toggle")).click();
        assertThat(driver.findElements(By.cssSelector("#reading-items .reading-item"))).hasSize(cited);
        Browser.fullPage(driver, "07-reading-list");

        // then every export link downloads that list in its format
        Map<String, String> files = new HashMap<>();
        for (WebElement link : driver.findElements(By.cssSelector(".export-link"))) {
            HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
            files.put(link.getAttribute("data-format"), res.body());
        }
        assertThat(files.get("ris")).startsWith("TY  - RPRT\r\n");
        assertThat(files.get("ris").split("ER  - \r\n", -1)).hasSize(cited + 1);
        assertThat(files.get("bibtex").split("@techreport\\{", -1)).hasSize(cited + 1);
        assertThat(files.get("csv").split("\r\n")[0]).isEqualTo("id,title,authors,year,countries,regions,category,url,abstract");
        assertThat(files.get("md")).startsWith("# Reading list").contains("Health and Human Trafficking");

        // and a report is removed with its button
        driver.findElement(By.cssSelector("#reading-items .icon-button")).click();
        assertThat(driver.findElement(By.id("reading-count")).getText()).isEqualTo(String.valueOf(cited - 1));
        driver.findElement(By.id("reading-close")).click();
    }

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
    void should_print_a_handout_of_the_session() {
        // given a question answered and a report on the reading list
        ask("Anything on Armenia?");
        WebElement turn = finishedTurn(1);
        turn.findElement(By.cssSelector(".card .add-reading")).click();

        // when the handout view opens
        driver.findElement(By.id("tab-handout")).click();

        // then it holds the question, the answer with its sources, and the reading list
        String handout = driver.findElement(By.id("handout")).getAttribute("textContent");
        assertThat(handout).contains("Anything on Armenia?", "Making Your Travel Safe", "Reading list");
        Browser.fullPage(driver, "08-handout");

        // and printing shows only the handout
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector(".topbar")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("handout")).isDisplayed()).isTrue();
            Browser.fullPage(driver, "09-handout-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void should_fit_a_400_pixel_screen_and_follow_dark_mode() {
        // given a narrow window in dark mode
        driver.manage().window().setSize(new Dimension(400, 860));
        Browser.darkMode(driver);
        try {
            driver.get(server.url());
            await(driver, d -> !d.findElements(By.cssSelector("#starters .suggestion")).isEmpty());
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

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void tab() {
        keys(Keys.TAB);
    }

    private void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            tab();
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the wanted element; stuck at " + active().getTagName());
    }

    private void ask(String question) {
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys(question);
        driver.findElement(By.id("ask-send")).click();
    }

    private WebElement finishedTurn(int n) {
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
