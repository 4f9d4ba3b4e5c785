package org.refdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.config.Settings;
import picocli.CommandLine;

class LlmOptionsTest {

    private static final Settings FROM_ENV = Settings.fromEnvironment(Map.of("REFDESK_LLM_PROVIDER", "ollama",
            "REFDESK_LLM_BASE_URL", "http://127.0.0.1:11434", "REFDESK_LLM_MODEL", "llama3.2",
            "REFDESK_LLM_API_KEY", "env-key"));

    private static LlmOptions parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.llm;
    }

    @Test
    void should_let_flags_override_the_environment() {
        // when
        Settings s = parse("--llm-provider", "openai", "--llm-base-url", "http://127.0.0.1:8080/v1", "--llm-timeout",
                "1500ms").apply(FROM_ENV);

        // then
        assertThat(s.llm().provider()).isEqualTo("openai");
        assertThat(s.llm().baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(s.llm().modelName()).isEqualTo("llama3.2");
        assertThat(s.llm().timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.llm().apiKey()).isEqualTo("env-key");
    }

    @Test
    void should_read_the_key_from_a_file_and_never_show_it(@TempDir Path dir) throws Exception {
        // given
        Path key = Files.writeString(dir.resolve("key"), "file-key-42\n");

        // when
        Settings s = parse("--llm-api-key-file", key.toString()).apply(FROM_ENV);

        // then
        assertThat(s.llm().apiKey()).isEqualTo("file-key-42");
        assertThat(s.toString()).doesNotContain("file-key-42");
    }

    @Test
    void should_stay_off_without_a_provider() {
        assertThat(parse().apply(Settings.fromEnvironment(Map.of())).llm().enabled()).isFalse();
    }

    @Test
    void should_offer_no_flag_for_the_key_itself() {
        assertThatThrownBy(() -> parse("--llm-api-key", "k")).isInstanceOf(CommandLine.ParameterException.class);
    }
}
