package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.refdesk.config.Settings;

/** What the page gives a librarian: quoted spans, "More like this", counted list leads, the gap-report footer. */
class LibrarianPageIT extends PageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    UnaryOperator<Settings> settings() {
        return s -> s.withGapReport(true);
    }

    @Test
    void should_mark_the_quoted_sentences_in_the_full_abstract_and_go_to_the_first_from_the_answer_s_number() throws Exception {
        // given an answer that quotes its sources
        ask("Which reports are about health?");
        WebElement turn = finishedTurn(1);
        WebElement card = turn.findElement(By.cssSelector(".card"));

        // when its full abstract is shown and the answer's [1] is followed
        card.findElement(By.cssSelector(".card-actions .link-button")).click();
        await(driver, d -> !card.findElements(By.cssSelector(".card-abstract mark.quote")).isEmpty());
        turn.findElement(By.cssSelector(".answer-text a.cite")).click();

        // then the quoted spans are marked and the first one is flashed; each marked span is the abstract's
        // own text at the offsets the API gives, and is what the answer says
        WebElement first = await(driver, d -> {
            List<WebElement> marks = card.findElements(By.cssSelector(".card-abstract mark.quote"));
            return !marks.isEmpty() && marks.get(0).getAttribute("class").contains("flash") ? marks.get(0) : null;
        });
        String abstractText = new ObjectMapper().readTree(get("/api/publications/" + card.getAttribute("data-id")))
                .path("abstract").asText();
        int start = Integer.parseInt(first.getAttribute("data-start"));
        int end = Integer.parseInt(first.getAttribute("data-end"));
        assertThat(first.getText()).isEqualTo(abstractText.substring(start, end).strip());
        // the answer as read, without its citation links
        String said = (String) driver.executeScript("const copy = arguments[0].cloneNode(true);"
                + "copy.querySelectorAll('.cites').forEach((c) => c.remove()); return copy.textContent;",
                turn.findElement(By.cssSelector(".answer-text")));
        assertThat(said.replaceAll("\\s+", " ").replace(" .", ".")).contains(first.getText().replaceAll("\\s+", " ")
                .replaceAll("\\.$", ""));
        Browser.fullPage(driver, "20-quoted-spans");
    }

    @Test
    void should_list_reports_like_a_source_card_and_like_a_browse_item_never_the_report_itself() {
        // given an answer's first card
        ask("Which reports are about health?");
        WebElement card = finishedTurn(1).findElement(By.cssSelector(".card"));

        // when its "More like this" is pressed
        card.findElement(By.cssSelector(".more-like")).click();

        // then similar reports are listed under it, without it
        List<String> ids = await(driver, d -> {
            List<WebElement> items = card.findElements(By.cssSelector(".similar-list .similar-title"));
            return items.isEmpty() ? null : items.stream().map(i -> i.getAttribute("data-id")).toList();
        });
        assertThat(ids).hasSizeBetween(1, 5).doesNotContain(card.getAttribute("data-id"));
        assertThat(card.findElement(By.cssSelector(".more-like")).getAttribute("aria-expanded")).isEqualTo("true");

        // and in the library browser, an item's similar reports open as cards
        driver.findElement(By.id("tab-browse")).click();
        WebElement item = await(driver, d -> d.findElements(By.cssSelector("#browse-list .browse-item")).stream()
                .findFirst().orElse(null));
        item.findElement(By.cssSelector(".more-like")).click();
        WebElement similar = await(driver, d -> item.findElements(By.cssSelector(".similar-title")).stream()
                .findFirst().orElse(null));
        assertThat(similar.getAttribute("data-id")).isNotEqualTo(item.getAttribute("data-id"));
        String title = similar.getText();
        similar.click();
        WebElement dialog = await(driver, d -> d.findElement(By.id("card-dialog")).isDisplayed()
                ? d.findElement(By.id("card-dialog")) : null);
        assertThat(dialog.findElement(By.cssSelector(".card-title")).getText()).isEqualTo(title);
        Browser.fullPage(driver, "21-more-like-this");
    }

    @Test
    void should_answer_more_like_the_second_one_in_the_conversation() {
        // given an answer citing at least two reports
        ask("Which reports are about health?");
        List<WebElement> cards = finishedTurn(1).findElements(By.cssSelector(".card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        String secondId = cards.get(1).getAttribute("data-id");
        String secondTitle = cards.get(1).findElement(By.cssSelector(".card-title")).getText();

        // when the follow-up asks for more like the second one
        ask("more like the second one");
        WebElement turn = finishedTurn(2);

        // then the answer lists reports like it, and does not cite it
        assertThat(turn.findElement(By.cssSelector(".answer-text")).getText()).startsWith("Reports like “" + secondTitle + "”");
        assertThat(turn.findElements(By.cssSelector(".card"))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getAttribute("data-id")).isNotEqualTo(secondId));
    }

    @Test
    void should_lead_a_list_answer_with_the_counts_of_everything_that_matched() {
        // when every report is asked for
        ask("list all reports");

        // then the lead counts the whole library by year and category, and how many are cited
        String text = finishedTurn(1).findElement(By.cssSelector(".answer-text")).getText();
        assertThat(text).containsPattern("^10 reports, \\d{4}–\\d{4}, (most|all) in [^;]+; (\\d+|all) cited below:");
    }

    @Test
    void should_say_in_the_footer_that_unanswered_topics_are_counted_when_the_gap_report_is_on() {
        String footer = await(driver, d -> {
            String text = d.findElement(By.id("privacy-note")).getText();
            return text.contains("unanswered topics are counted") ? text : null;
        });
        assertThat(footer).contains("unanswered topics are counted (no questions are stored)");
    }

    private String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
