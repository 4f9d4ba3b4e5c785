package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A 429 from the API shows how long to wait, with a retry. The page is served by a stub API (the
 * server is the page's outer boundary) that refuses the first question and answers the second.
 */
class RateLimitIT {

    @TempDir
    Path work;
    private final AtomicInteger asked = new AtomicInteger();
    private Javalin stub;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        stub = StubApi.start(ctx -> {
            if (asked.incrementAndGet() == 1) {
                ctx.status(429).header("Retry-After", "30").json(Map.of("status", 429, "error", "rate limited"));
                return;
            }
            ctx.contentType("text/event-stream").result("event: sources\ndata: []\n\n"
                    + "event: delta\ndata: {\"text\":\"Nothing on that.\"}\n\n"
                    + "event: done\ndata: {\"answer\":\"Nothing on that.\",\"sources\":[],\"suggestions\":[],"
                    + "\"abstained\":true,\"mode\":\"extractive\",\"filters\":[]}\n\n");
        });
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (stub != null) {
            stub.stop();
        }
    }

    @Test
    void should_ask_to_wait_on_429_and_answer_on_retry() {
        // given the page
        Browser.openPage(driver, "http://127.0.0.1:" + stub.port() + "/");

        // when a question meets the rate limit
        driver.findElement(By.cssSelector("#starters .suggestion")).click();

        // then the message says how long to wait and offers a retry
        WebElement error = await(driver, d -> d.findElements(By.cssSelector(".turn .error-box")).stream().findFirst()
                .orElse(null));
        assertThat(error.getText()).contains("Too many questions", "about 30 seconds", "Try again");

        // when retried, the answer shows in place of the error
        error.findElement(By.cssSelector("button")).click();
        await(driver, d -> d.findElement(By.cssSelector(".turn .answer-text")).getText().equals("Nothing on that."));
        assertThat(driver.findElements(By.cssSelector(".turn .error-box"))).isEmpty();
    }
}
