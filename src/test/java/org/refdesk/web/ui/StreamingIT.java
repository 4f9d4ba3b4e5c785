package org.refdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refdesk.web.ui.Browser.await;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Text shows as it arrives, a half-sent [n] marker does no harm, and the final answer links it. */
class StreamingIT {

    private static final String SOURCE = "[{\"n\":1,\"id\":\"r1\",\"title\":\"Report one\",\"year\":2020,\"authors\":[],"
            + "\"countries\":[],\"regions\":[],\"category\":null,\"snippet\":\"About shelters.\"}]";
    @TempDir
    Path work;
    private final CountDownLatch seen = new CountDownLatch(1);
    private Javalin stub;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        stub = StubApi.start(ctx -> {
            ctx.res().setContentType("text/event-stream");
            OutputStream out = ctx.res().getOutputStream();
            send(out, "sources", SOURCE);
            send(out, "delta", "{\"text\":\"Shelters are covered [\"}");
            // hold the rest back until the page has shown the first piece
            seen.await(20, TimeUnit.SECONDS);
            send(out, "delta", "{\"text\":\"1].\"}");
            send(out, "done", "{\"answer\":\"Shelters are covered [1].\",\"sources\":" + SOURCE
                    + ",\"suggestions\":[],\"abstained\":false,\"mode\":\"llm\",\"filters\":[]}");
        });
        driver = Browser.launch(work.resolve("profile"), 1280, 900);
    }

    @AfterEach
    void stop() {
        seen.countDown();
        if (driver != null) {
            driver.quit();
        }
        if (stub != null) {
            stub.stop();
        }
    }

    @Test
    void should_show_text_as_it_streams_and_link_markers_when_done() {
        // given the page, when a question is asked
        Browser.openPage(driver, "http://127.0.0.1:" + stub.port() + "/");
        driver.findElement(By.cssSelector("#starters .suggestion")).click();

        // then the first piece shows while the answer is still coming, with its card
        WebElement text = await(driver, d -> d.findElements(By.cssSelector(".turn .answer-text.streaming")).stream()
                .filter(e -> e.getText().startsWith("Shelters are covered")).findFirst().orElse(null));
        assertThat(text.getText()).isEqualTo("Shelters are covered [");
        assertThat(driver.findElements(By.cssSelector(".turn .answer[aria-busy='true']"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".turn .card-title")).getText()).isEqualTo("Report one");
        seen.countDown();

        // and when it is done the marker is a link to the card, and the mode is said
        WebElement cite = await(driver, d -> d.findElements(By.cssSelector(".turn .answer-text a.cite")).stream()
                .findFirst().orElse(null));
        assertThat(cite.getAttribute("href")).endsWith("#turn-1-source-1");
        assertThat(driver.findElement(By.cssSelector(".turn .answer-actions")).getText()).contains("language model");
    }

    private static void send(OutputStream out, String event, String data) throws java.io.IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
