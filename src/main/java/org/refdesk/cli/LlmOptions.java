package org.refdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.refdesk.config.Settings;
import org.refdesk.config.Settings.LlmSettings;
import picocli.CommandLine.Option;

/**
 * Options for the optional chat model; each overrides its REFDESK_LLM_* variable. The API key is read
 * only from the environment or a file, never from a flag value (flags show in process lists).
 */
public final class LlmOptions {

    @Option(names = "--llm-provider", description = "openai (any OpenAI-compatible server) or ollama; "
            + "default REFDESK_LLM_PROVIDER, else off.")
    String provider;

    @Option(names = "--llm-base-url", description = "e.g. http://127.0.0.1:11434 (Ollama) or "
            + "http://127.0.0.1:8080/v1 (llama.cpp, vLLM); default REFDESK_LLM_BASE_URL.")
    String baseUrl;

    @Option(names = "--llm-model", description = "Model name; default REFDESK_LLM_MODEL.")
    String model;

    @Option(names = "--llm-timeout", description = "Deadline for a whole answer, like 20s or 1500ms; "
            + "default REFDESK_LLM_TIMEOUT or 20s.")
    String timeout;

    @Option(names = "--llm-api-key-file", defaultValue = "${env:REFDESK_LLM_API_KEY_FILE}",
            description = "File holding the API key (default REFDESK_LLM_API_KEY_FILE; or set REFDESK_LLM_API_KEY).")
    Path apiKeyFile;

    Settings apply(Settings settings) {
        LlmSettings env = settings.llm();
        Duration deadline = timeout == null ? env.timeout() : LlmSettings.parseDuration(timeout);
        LlmSettings llm = new LlmSettings(provider == null ? env.provider() : provider,
                baseUrl == null ? env.baseUrl() : baseUrl, model == null ? env.modelName() : model,
                apiKeyFile == null ? env.apiKey() : readKey(apiKeyFile), deadline);
        return settings.withLlm(llm);
    }

    private static String readKey(Path file) {
        try {
            String key = Files.readString(file).strip();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("API key file " + file + " is empty");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API key file " + file, e);
        }
    }
}
