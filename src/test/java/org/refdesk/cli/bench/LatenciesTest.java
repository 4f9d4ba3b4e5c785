package org.refdesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void should_report_nearest_rank_percentiles_in_milliseconds() {
        // given 1..100 ms in shuffled order
        Latencies latencies = new Latencies();
        for (int i = 0; i < 100; i++) {
            latencies.add(((i * 37) % 100 + 1) * 1_000_000L);
        }

        // when
        BenchReport.Percentiles p = latencies.percentiles();

        // then
        assertThat(p.p50Ms()).isEqualTo(50.0);
        assertThat(p.p95Ms()).isEqualTo(95.0);
        assertThat(p.p99Ms()).isEqualTo(99.0);
        assertThat(p.n()).isEqualTo(100);
    }

    @Test
    void should_report_zero_when_nothing_was_recorded() {
        assertThat(new Latencies().percentileMs(50)).isZero();
    }

    @Test
    void should_report_the_mean_in_milliseconds() {
        Latencies latencies = new Latencies();
        latencies.add(1_000_000L);
        latencies.add(4_000_000L);

        assertThat(latencies.meanMs()).isEqualTo(2.5);
        assertThat(new Latencies().meanMs()).isZero();
    }
}
