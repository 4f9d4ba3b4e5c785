package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.refdesk.TestLibrary;

/** A library larger than one page: the browser shows the first page and loads the rest on request. */
class BrowsePagingIT extends PageTest {

    private static final int EXTRA = 25;

    @Override
    Path[] seeds(Path work) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= EXTRA; i++) {
            lines.add("{\"id\":\"field-note-" + i + "\",\"title\":\"Field note " + i + " on shelter referrals\","
                    + "\"abstract\":\"Caseworkers describe referral pathways for survivors in district " + i + ".\","
                    + "\"countries\":[\"Kenya\"],\"year\":\"" + (2000 + i % 5) + "\",\"category\":\"Field notes\"}");
        }
        try {
            Path file = Files.createDirectories(work.resolve("extra")).resolve("notes.jsonl");
            Files.write(file, lines);
            return new Path[] {TestLibrary.PROJECT_SEEDS, file};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void should_show_twenty_reports_then_the_rest_on_request() {
        // given the browser over 35 reports
        driver.findElement(By.id("tab-browse")).click();
        await(driver, d -> d.findElements(By.cssSelector("#browse-list .browse-item")).size() == 20);
        assertThat(driver.findElement(By.id("browse-count")).getText()).isEqualTo("35 reports · showing 20");

        // when more are asked for
        driver.findElement(By.id("browse-more")).click();

        // then all are listed once, and the button goes
        await(driver, d -> d.findElements(By.cssSelector("#browse-list .browse-item")).size() == 35);
        List<String> ids = driver.findElements(By.cssSelector("#browse-list .browse-item")).stream()
                .map(e -> e.getAttribute("data-id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(driver.findElement(By.id("browse-more")).isDisplayed()).isFalse();

        // and the collection's own facets feed the filters and the starters
        driver.executeScript("window.scrollTo(0, 0)");
        driver.findElement(By.id("filters-toggle")).click();
        assertThat(driver.findElement(By.id("filter-category")).getText()).contains("Field notes (25)");
        driver.findElement(By.id("tab-ask")).click();
        assertThat(driver.findElement(By.id("starters")).getText()).contains("Kenya");
    }
}
