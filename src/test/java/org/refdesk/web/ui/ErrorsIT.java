package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refdesk.TestLibrary;

/** Failures show a clear message with a retry, never a blank answer or a spinner that never stops. */
class ErrorsIT {

    @TempDir
    Path work;
    private TestLibrary server;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        server = TestLibrary.start(work.resolve("server"), UnaryOperator.identity(), TestLibrary.PROJECT_SEEDS);
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
        Browser.openPage(driver, server.url());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_offer_a_retry_when_the_library_is_busy_and_answer_on_retry() {
        // given a server that answers 503 (the library is reloading)
        server.readiness().loading("reloading");

        // when a question is asked
        ask("Anything on Armenia?");

        // then the error says so, with a retry and no spinner
        WebElement error = await(driver, d -> d.findElements(By.cssSelector(".turn .error-box")).stream().findFirst()
                .orElse(null));
        assertThat(error.getText()).contains("loading or busy").contains("Try again");
        assertThat(driver.findElements(By.cssSelector(".turn .spinner"))).isEmpty();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Try again");
        Browser.fullPage(driver, "13-error-busy");

        // when the library is back and Try again is pressed, the answer comes
        server.readiness().ready();
        error.findElement(By.cssSelector("button")).click();
        await(driver, d -> d.findElements(By.cssSelector(".turn .answer-text a.cite")).size() > 0);
        assertThat(driver.findElements(By.cssSelector(".turn .error-box"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#thread .turn"))).hasSize(1);
    }

    @Test
    void should_say_the_server_cannot_be_reached_when_it_is_down() {
        // given a server that has stopped
        server.stopWeb();

        // when a question is asked
        ask("Anything on Armenia?");

        // then a clear message and a retry show
        WebElement error = await(driver, d -> d.findElements(By.cssSelector(".turn .error-box")).stream().findFirst()
                .orElse(null));
        assertThat(error.getText()).contains("cannot be reached").contains("Try again");
        assertThat(driver.findElements(By.cssSelector(".turn .spinner"))).isEmpty();
        await(driver, d -> d.findElement(By.id("announcer")).getText().contains("cannot be reached"));
    }

    @Test
    void should_say_the_library_is_loading_and_carry_on_when_it_is_ready() {
        // given a page opened while the library loads
        server.readiness().loading("loading index");
        driver.get(server.url());

        // then a loading notice shows
        WebElement banner = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("loading-banner")));
        assertThat(banner.getText()).contains("still loading");

        // when the library is ready, the notice goes and the starters come
        server.readiness().ready();
        await(driver, ExpectedConditions.invisibilityOf(banner));
        await(driver, d -> !d.findElements(By.cssSelector("#starters .suggestion")).isEmpty());
    }

    private void ask(String question) {
        driver.findElement(By.id("question")).sendKeys(question);
        driver.findElement(By.id("ask-send")).click();
    }
}
