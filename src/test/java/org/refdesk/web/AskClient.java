package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Asks a running server over HTTP, as the web page does: questions with their conversation as data. */
final class AskClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Supplier<String> baseUrl;

    AskClient(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A history of one question and its real answer, sent back with the ids it cited. */
    ArrayNode conversation(String question) throws Exception {
        return conversation(question, ask(question, JSON.createArrayNode()));
    }

    static ArrayNode conversation(String question, JsonNode earlier) {
        assertThat(earlier.path("sources")).isNotEmpty();
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", question);
        ObjectNode reply = history.addObject().put("role", "assistant").put("content", earlier.path("answer").asText());
        earlier.path("sources").forEach(s -> reply.withArray("sources").add(s.path("id").asText()));
        return history;
    }

    /** {@code POST /api/ask}; fails unless the server answers 200. */
    JsonNode ask(String question, ArrayNode history) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("question", question);
        body.set("history", history);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
