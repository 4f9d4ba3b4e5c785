package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The reading list, its exports, and the printable handout. */
class ReadingListIT extends PageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
}
