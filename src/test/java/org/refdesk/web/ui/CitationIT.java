package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Citations in CSL styles: "Copy citation" on cards, the style choice for the reading list and the handout. */
class CitationIT extends PageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void should_copy_a_card_s_citation_in_the_chosen_style_to_the_clipboard() throws Exception {
        // given the page may write and read the clipboard, and an answer with source cards
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        ask("Anything on Armenia?");
        WebElement card = finishedTurn(1).findElement(By.cssSelector(".card"));
        assertThat(finishedTurn(1).findElements(By.cssSelector(".card")))
                .allSatisfy(c -> assertThat(c.findElements(By.cssSelector(".copy-citation"))).hasSize(1));

        // when its "Copy citation" is pressed
        card.findElement(By.cssSelector(".copy-citation")).click();

        // then the clipboard holds the report's APA citation, as the server renders it
        String expected = citation(card.getAttribute("data-id"), "apa").strip();
        assertThat(expected).contains(card.findElement(By.cssSelector(".card-title")).getText()).containsPattern("\\(\\d{4}\\)");
        String copied = await(driver, d -> {
            Object text = driver.executeAsyncScript(
                    "const done = arguments[0]; navigator.clipboard.readText().then(done, () => done(''));");
            return expected.equals(text) ? text : null;
        }).toString();
        assertThat(copied).isEqualTo(expected);
        assertThat(card.findElement(By.cssSelector(".copy-citation")).getText()).isEqualTo("Copied ✓");
    }

    @Test
    void should_cite_the_reading_list_and_the_handout_in_the_chosen_style() throws Exception {
        // given two reports on the reading list
        ask("Which reports are about health?");
        WebElement turn = finishedTurn(1);
        List<WebElement> cards = turn.findElements(By.cssSelector(".card"));
        cards.get(0).findElement(By.cssSelector(".add-reading")).click();
        cards.get(1).findElement(By.cssSelector(".add-reading")).click();
        String ids = cards.get(0).getAttribute("data-id") + "," + cards.get(1).getAttribute("data-id");

        // when Vancouver is chosen in the reading list
        driver.findElement(By.id("reading-toggle")).click();
        new Select(driver.findElement(By.id("reading-style"))).selectByValue("vancouver");

        // then its citations link downloads the two Vancouver entries
        String href = driver.findElement(By.cssSelector(".export-link[data-format='citation']")).getAttribute("href");
        assertThat(href).contains("format=citation", "style=vancouver");
        HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(file.body()).isEqualTo(citation(ids, "vancouver"));
        assertThat(file.body().lines()).hasSize(2).allMatch(l -> l.matches("[12]\\..+"));

        // and the handout lists the reading list in the same style, and follows a change of style
        driver.findElement(By.id("reading-handout")).click();
        assertThat(new Select(driver.findElement(By.id("handout-style"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("vancouver");
        assertThat(handoutEntries("vancouver")).isEqualTo(citation(ids, "vancouver").lines().toList());
        new Select(driver.findElement(By.id("handout-style"))).selectByValue("harvard-cite-them-right");
        assertThat(handoutEntries("harvard-cite-them-right")).isEqualTo(citation(ids, "harvard-cite-them-right").lines().toList());
        Browser.fullPage(driver, "10-handout-citations");

        // and printing, which re-renders at once and cannot wait for the server, keeps the citations
        Object printed = driver.executeScript("window.dispatchEvent(new Event('beforeprint'));"
                + "return document.querySelector('#handout .handout-reading').dataset.style;");
        assertThat(printed).isEqualTo("harvard-cite-them-right");
    }

    private List<String> handoutEntries(String style) {
        return await(driver, d -> {
            List<WebElement> lists = d.findElements(By.cssSelector("#handout .handout-reading[data-style='" + style + "']"));
            return lists.isEmpty() ? null
                    : lists.get(0).findElements(By.tagName("li")).stream().map(li -> li.getAttribute("textContent")).toList();
        });
    }

    private String citation(String ids, String style) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/export?format=citation&style=" + style
                + "&ids=" + ids)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
