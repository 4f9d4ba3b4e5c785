package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "And N more" on the dev library: the answer's link shows every matching report in the browse view. */
class MoreListIT extends PageTest {

    @Override
    Path[] seeds(Path work) {
        return new Path[] {Path.of("src/test/resources/eval/library")};
    }

    @Test
    void should_show_every_matching_report_when_and_n_more_is_chosen_from_the_keyboard() {
        // given an answer that cites eight of the reports from 2017
        ask("everything from 2017");
        WebElement turn = finishedTurn(1);
        WebElement more = turn.findElement(By.cssSelector(".more-link"));
        assertThat(more.getText()).matches("And \\d+ more: show all \\d+ matching reports");
        int total = Integer.parseInt(more.getText().replaceAll(".*show all (\\d+).*", "$1"));
        List<String> cited = turn.findElements(By.cssSelector(".card")).stream()
                .map(c -> c.getAttribute("data-id")).toList();

        // when the link is chosen with the keyboard
        more.sendKeys(Keys.ENTER);

        // then the browse view lists them all, cited first, and says which list it is
        await(driver, d -> d.findElement(By.id("view-browse")).isDisplayed()
                && d.findElements(By.cssSelector("#browse-list .browse-item")).size() == Math.min(total, 20));
        assertThat(driver.findElement(By.id("browse-list-label")).getText())
                .isEqualTo("Showing the " + total + " reports that matched “everything from 2017”.");
        assertThat(active().getAttribute("id")).isEqualTo("browse-list-label");
        List<String> listed = driver.findElements(By.cssSelector("#browse-list .browse-item")).stream()
                .map(e -> e.getAttribute("data-id")).toList();
        assertThat(listed.subList(0, cited.size())).containsExactlyElementsOf(cited);
        assertThat(driver.findElement(By.id("browse-count")).getText()).startsWith(total + " reports");
        Browser.fullPage(driver, "more-list");

        // and the whole library is one button away
        driver.findElement(By.id("browse-list-exit")).click();
        await(driver, d -> d.findElement(By.id("browse-count")).getText().startsWith("210 reports"));
        assertThat(driver.findElement(By.id("browse-list-note")).isDisplayed()).isFalse();
    }
}
