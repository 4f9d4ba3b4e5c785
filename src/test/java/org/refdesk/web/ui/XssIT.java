package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refdesk.TestLibrary;

/** Record text is untrusted: markup in a title or abstract shows as text and never runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssIT {

    private static final String IMG = "<img src=x onerror=window.__xss=1>";
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String TITLE = "Forced labour on fishing fleets " + IMG;
    private TestLibrary server;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path work) throws IOException {
        Browser.requireChromium();
        Path hostile = work.resolve("hostile.jsonl");
        Files.writeString(hostile, String.join("\n",
                "{\"id\":\"hostile-1\",\"title\":\"Forced labour on fishing fleets <img src=x onerror=window.__xss=1>\","
                        + "\"abstract\":\"Crews on distant-water fishing fleets are held in debt bondage. "
                        + "<script>window.__xss=1</script> Inspections of fishing vessels found forced labour.\","
                        + "\"countries\":[\"Thailand <img src=x onerror=window.__xss=1>\"],\"regions\":[\"Asia\"],"
                        + "\"authors\":[\"Eve <b onmouseover=window.__xss=1>Mallory</b>\"],\"year\":\"2019\","
                        + "\"category\":\"Labour <script>window.__xss=1</script>\"}",
                ""));
        server = TestLibrary.start(work.resolve("server"), UnaryOperator.identity(), TestLibrary.PROJECT_SEEDS, hostile);
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

    @Test
    void should_show_markup_in_records_as_text_and_run_nothing() {
        // given a library with a record whose fields hold markup
        Browser.openPage(driver, server.url());

        // when it is the answer to a question
        WebElement box = driver.findElement(By.id("question"));
        box.sendKeys("What is known about forced labour on fishing fleets?");
        driver.findElement(By.id("ask-send")).click();
        WebElement turn = await(driver, d -> d.findElements(By.cssSelector("#thread .turn .answer:not([aria-busy])"))
                .isEmpty() ? null : d.findElement(By.cssSelector("#thread .turn")));
        WebElement card = await(driver, d -> turn.findElements(By.cssSelector(".card")).stream()
                .filter(c -> "hostile-1".equals(c.getAttribute("data-id"))).findFirst().orElse(null));
        card.findElement(By.cssSelector(".card-actions .link-button")).click();
        await(driver, d -> card.findElement(By.cssSelector(".card-abstract")).getText().contains(SCRIPT));

        // then the title, abstract, places, authors and category show literally
        assertThat(card.findElement(By.cssSelector(".card-title")).getText()).isEqualTo(TITLE);
        assertThat(card.getText()).contains("Thailand " + IMG, "Eve <b onmouseover=window.__xss=1>Mallory</b>",
                "Labour " + SCRIPT);
        assertThat(turn.findElement(By.cssSelector(".answer-text")).getText()).contains(IMG);
        Browser.fullPage(driver, "12-xss-answer");

        // and in the browser, its dialog and the filter options too
        driver.findElement(By.id("tab-browse")).click();
        WebElement item = await(driver, ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#browse-list [data-id='hostile-1'] .browse-title")));
        assertThat(item.getText()).isEqualTo(TITLE);
        item.click();
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("card-dialog")));
        driver.findElement(By.id("card-dialog-close")).click();
        driver.findElement(By.id("filters-toggle")).click();
        List<String> countries = driver.findElements(By.cssSelector("#filter-country option")).stream()
                .map(WebElement::getText).toList();
        assertThat(countries).anyMatch(o -> o.startsWith("Thailand " + IMG));

        // and nothing ran, and no element came from record text
        assertThat(driver.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("#main img, #main script, #main b, dialog img"))).isEmpty();
    }
}
