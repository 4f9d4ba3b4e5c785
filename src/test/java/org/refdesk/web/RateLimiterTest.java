package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong();

    @Test
    void should_allow_a_burst_of_the_limit_then_ask_to_wait() {
        // given
        RateLimiter limiter = new RateLimiter(60, now::get);
        // when
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        long wait = limiter.acquire("a");
        // then
        assertThat(wait).isEqualTo(1);
        assertThat(limiter.acquire("b")).as("other clients are unaffected").isZero();
    }

    @Test
    void should_refill_evenly_over_a_minute() {
        // given
        RateLimiter limiter = new RateLimiter(2, now::get);
        limiter.acquire("a");
        limiter.acquire("a");
        // when / then
        assertThat(limiter.acquire("a")).isEqualTo(30);
        now.addAndGet(30_000_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void should_never_limit_when_off() {
        // given
        RateLimiter limiter = new RateLimiter(0, now::get);
        // when / then
        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
    }
}
