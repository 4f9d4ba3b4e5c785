package org.refdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;
import picocli.CommandLine;

class AskCommandIT {

    @Test
    void should_print_the_api_json_for_ask_json(@TempDir Path dir) throws Exception {
        // given seeds in a temp folder
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(TestLibrary.BUNDLED_SEEDS, seeds.resolve("page.txt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            // when
            code = new CommandLine(new Main()).execute("ask", "--json", "--seeds", seeds.toString(), "--data",
                    dir.resolve("data").toString(), "what covers re-trafficking");
        } finally {
            System.setOut(original);
        }
        // then
        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        JsonNode body = new ObjectMapper().readTree(printed.substring(printed.indexOf('{')));
        assertThat(body.get("sources").get(0).get("title").asText()).startsWith("The Causes and Consequences of Re-trafficking");
        assertThat(body.get("answer").asText()).contains("[1]");
    }
}
