package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebWarmUpTest {

    @Test
    void should_finish_on_its_own_and_leave_no_server_thread_running() throws Exception {
        Thread warmUp = WebWarmUp.inBackground();

        warmUp.join(Duration.ofSeconds(60).toMillis());

        assertThat(warmUp.isAlive()).as("warm-up thread still running").isFalse();
        assertThat(warmUp.isDaemon()).as("a warm-up never keeps the JVM alive").isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jettyThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(jettyThreads()).as("threads of the bare server after it stopped").isZero();
    }

    private static long jettyThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("JettyServerThreadPool")).count();
    }
}
