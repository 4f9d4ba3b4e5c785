package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The page in real headless Chromium against a real server over the project's ten seed records. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {

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
        await(driver, d -> card.findElement(By.cssSelector(".card-abstract p")).getText().length() > 300);
        Browser.fullPage(driver, "02-answer");
    }

    @Test
    void should_send_the_history_with_a_follow_up() {
        // given an answered question about one report
        ask("What does the library say about the Nepal earthquake?");
        finishedTurn(1);

        // when a follow-up refers back to it
        ask("Who wrote it?");
        WebElement second = finishedTurn(2);

        // then the answer is about the same report, with its authors
        assertThat(second.findElement(By.cssSelector(".answer-text")).getText()).contains("Katie Klaffenböck");
        Browser.fullPage(driver, "03-follow-up");
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
