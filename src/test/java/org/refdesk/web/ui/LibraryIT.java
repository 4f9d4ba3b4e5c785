package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Filters and the library browser. */
class LibraryIT extends PageTest {

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
}
