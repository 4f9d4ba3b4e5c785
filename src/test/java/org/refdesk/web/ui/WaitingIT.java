package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A busy server, as the page sees it: a question waiting for an answer slot says so, and one 503 with
 * {@code Retry-After} is waited out and retried by the page itself; a second 503 is shown as an error.
 * The API is a stub (the page's outer boundary) scripted per test.
 */
class WaitingIT {

    private static final String ANSWER = "event: sources\ndata: []\n\n"
            + "event: delta\ndata: {\"text\":\"Nothing on that.\"}\n\n"
            + "event: done\ndata: {\"answer\":\"Nothing on that.\",\"sources\":[],\"suggestions\":[],"
            + "\"abstained\":true,\"mode\":\"extractive\",\"filters\":[]}\n\n";
    @TempDir
    Path work;
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch waitingShown = new CountDownLatch(1);
    private Javalin stub;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
    }

    @AfterEach
    void stop() {
        waitingShown.countDown();
        if (driver != null) {
            driver.quit();
        }
        if (stub != null) {
            stub.stop();
        }
    }

    @Test
    void should_show_waiting_and_recover_from_one_503_by_itself() {
        // given a server that is busy for the first question only
        stub = StubApi.start(ctx -> {
            if (asked.incrementAndGet() == 1) {
                busy(ctx);
                return;
            }
            ctx.contentType("text/event-stream").result(ANSWER);
        });
        Browser.openPage(driver, "http://127.0.0.1:" + stub.port() + "/");

        // when a question is asked
        driver.findElement(By.cssSelector("#starters .suggestion")).click();

        // then the page says the question is waiting, not that it failed
        WebElement status = await(driver, d -> d.findElements(By.cssSelector(".turn .turn-status.waiting")).stream()
                .findFirst().orElse(null));
        assertThat(status.getText()).contains("waiting");
        assertThat(driver.findElements(By.cssSelector(".turn .error-box"))).isEmpty();

        // and it asks again by itself and shows the answer, with no error
        await(driver, d -> d.findElement(By.cssSelector(".turn .answer-text")).getText().equals("Nothing on that."));
        assertThat(driver.findElements(By.cssSelector(".turn .error-box"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".turn .turn-status.waiting"))).isEmpty();
        assertThat(asked).hasValue(2);
    }

    @Test
    void should_show_an_error_with_a_retry_when_still_busy_after_one_retry() {
        // given a server that stays busy
        stub = StubApi.start(ctx -> {
            asked.incrementAndGet();
            busy(ctx);
        });
        Browser.openPage(driver, "http://127.0.0.1:" + stub.port() + "/");

        // when a question is asked
        driver.findElement(By.cssSelector("#starters .suggestion")).click();

        // then after one retry of its own the page shows the error and offers to try again
        WebElement error = await(driver, d -> d.findElements(By.cssSelector(".turn .error-box")).stream().findFirst()
                .orElse(null));
        assertThat(error.getText()).contains("busy", "Try again");
        assertThat(asked).hasValue(2);
    }

    @Test
    void should_say_the_question_is_waiting_while_no_answer_has_come() {
        // given a server that holds the answer back until the page shows the question waiting
        stub = StubApi.start(ctx -> {
            waitingShown.await(20, TimeUnit.SECONDS);
            ctx.contentType("text/event-stream").result(ANSWER);
        });
        Browser.openPage(driver, "http://127.0.0.1:" + stub.port() + "/");

        // when a question is asked and nothing comes for a while
        driver.findElement(By.cssSelector("#starters .suggestion")).click();

        // then the page says it is waiting in line
        WebElement status = await(driver, d -> d.findElements(By.cssSelector(".turn .turn-status.waiting")).stream()
                .findFirst().orElse(null));
        assertThat(status.getText()).contains("waiting in line");
        waitingShown.countDown();

        // and the answer replaces the notice when it comes
        await(driver, d -> d.findElement(By.cssSelector(".turn .answer-text")).getText().equals("Nothing on that."));
        assertThat(driver.findElements(By.cssSelector(".turn .turn-status.waiting"))).isEmpty();
    }

    private static void busy(Context ctx) {
        ctx.status(503).header("Retry-After", "1")
                .json(Map.of("status", 503, "error", "the server is answering a room full of questions"));
    }
}
