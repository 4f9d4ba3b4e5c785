package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.answer.Source;

class EventStreamTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EventStream events = new EventStream(out, new ObjectMapper());

    @Test
    void should_write_each_event_as_one_event_line_and_one_data_line() {
        // when sources and a delta holding line breaks are sent
        events.sources(List.of(new Source(1, "a", "Title\nwith break", 2020, List.of(), List.of(), List.of(), null, "s")));
        events.delta("line one\n\nline two");

        // then each frame is exactly "event:", one "data:" line of JSON, and a blank line
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("event: sources\ndata: [{\"n\":1,\"id\":\"a\",\"title\":\"Title\\nwith break\","
                + "\"year\":2020,\"authors\":[],\"countries\":[],\"regions\":[],\"category\":null,\"snippet\":\"s\",\"quotes\":[]}]\n\n"
                + "event: delta\ndata: {\"text\":\"line one\\n\\nline two\"}\n\n");
    }

    @Test
    void should_report_a_client_that_went_away_as_unchecked_io() {
        // given a stream whose client has gone
        EventStream broken = new EventStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        }, new ObjectMapper());

        // then sending fails with an UncheckedIOException naming the event
        assertThatThrownBy(() -> broken.delta("x")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("delta");
    }
}
