package org.refdesk.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Map;
import java.util.Objects;
import org.refdesk.config.Settings.LlmSettings;

/**
 * The chat model pair (plain and streaming) for a configured endpoint: any OpenAI-compatible server
 * ({@code openai}) or Ollama ({@code ollama}). LangChain4j's own retries are off: {@link LlmAnswerer}
 * retries once itself, and never after a 4xx. Immutable and thread-safe.
 */
public record ChatModels(ChatModel chat, StreamingChatModel streaming, String description) {

    private static final double TEMPERATURE = 0.1;

    public ChatModels {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(streaming, "streaming");
        Objects.requireNonNull(description, "description");
    }

    public static ChatModels from(LlmSettings s) {
        if (!s.enabled()) {
            throw new IllegalArgumentException("no LLM provider is configured");
        }
        if (s.modelName() == null) {
            throw new IllegalArgumentException("LLM provider '" + s.provider()
                    + "' needs REFDESK_LLM_MODEL (--llm-model)");
        }
        String description = s.provider() + " model " + s.modelName() + " at " + s.baseUrl();
        return s.provider().equals("ollama") ? ollama(s, description) : openAi(s, description);
    }

    private static ChatModels openAi(LlmSettings s, String description) {
        // Local OpenAI-compatible servers usually take any key; the client insists on one.
        String key = s.apiKey() == null ? "none" : s.apiKey();
        ChatModel chat = OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(key).modelName(s.modelName())
                .temperature(TEMPERATURE).timeout(s.timeout()).maxRetries(0).build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(s.baseUrl()).apiKey(key)
                .modelName(s.modelName()).temperature(TEMPERATURE).timeout(s.timeout()).build();
        return new ChatModels(chat, streaming, description);
    }

    private static ChatModels ollama(LlmSettings s, String description) {
        Map<String, String> headers = s.apiKey() == null ? Map.of() : Map.of("Authorization", "Bearer " + s.apiKey());
        ChatModel chat = OllamaChatModel.builder().baseUrl(s.baseUrl()).modelName(s.modelName())
                .temperature(TEMPERATURE).timeout(s.timeout()).customHeaders(headers).maxRetries(0).build();
        StreamingChatModel streaming = OllamaStreamingChatModel.builder().baseUrl(s.baseUrl())
                .modelName(s.modelName()).temperature(TEMPERATURE).timeout(s.timeout()).customHeaders(headers).build();
        return new ChatModels(chat, streaming, description);
    }
}
