package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Asking: cited answers with working links and cards, follow-ups, suggestions, starters. */
class AskIT extends PageTest {

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
        await(driver, d -> d.findElement(By.id("announcer")).getText().startsWith("Answer:"));
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
}
