package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCheckTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "localhost:7070, true", "LOCALHOST, true", "127.0.0.1:7070, true", "127.1.2.3, true", "[::1]:7070, true",
        "app.localhost:7070, true", "localhost.:7070, true",
        "evil.example:7070, false", "localhost.evil.example, false", "127.0.0.1.nip.io, false", "10.0.0.5:7070, false",
        "'', false", "NULL, false"})
    void should_accept_only_loopback_names(String host, boolean loopback) {
        assertThat(HostCheck.isLoopback(host)).isEqualTo(loopback);
    }
}
