package org.refdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Asks a running refdesk server one evaluation question over {@code POST /api/ask}, exactly as the web UI
 * does (history with the cited ids), and reads what a user gets. Thread-safe.
 */
final class ServerAsker implements Function<EvalCase, Evaluator.Reply> {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ask;

    /** More pages than any link may hold; a guard against a list that never ends. */
    private static final int MAX_PAGES = 100;

    ServerAsker(URI server) {
        this.ask = Objects.requireNonNull(server, "server").resolve("/api/ask");
    }

    /** Every title behind an answer's "and N more" link, page by page, as the web page reads it. */
    private List<String> listed(String href) throws IOException, InterruptedException {
        List<String> titles = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            URI uri = ask.resolve(href + "&page=" + page);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode found = json.readTree(response.body());
            found.path("items").forEach(p -> titles.add(p.path("title").asText()));
            if (found.path("items").isEmpty() || titles.size() >= found.path("total").asInt()) {
                break;
            }
        }
        return titles;
    }

    @Override
    public Evaluator.Reply apply(EvalCase c) {
        ObjectNode body = json.createObjectNode().put("question", c.q());
        ArrayNode history = body.putArray("history");
        for (EvalCase.EvalTurn t : c.history()) {
            ObjectNode turn = history.addObject().put("role", t.role()).put("content", t.content());
            if (t.sources() != null && !t.sources().isEmpty()) {
                t.sources().forEach(turn.putArray("sources")::add);
            }
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(ask).timeout(TIMEOUT).header("Content-Type",
                    "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(ask + " answered " + response.statusCode() + " to " + c.id() + ": "
                        + response.body());
            }
            JsonNode answer = json.readTree(response.body());
            List<String> titles = new ArrayList<>();
            answer.path("sources").forEach(s -> titles.add(s.path("title").asText()));
            JsonNode more = answer.path("more").path("href");
            List<String> listed = more.isTextual() ? listed(more.asText()) : titles;
            return new Evaluator.Reply(answer.path("answer").asText(), titles, answer.path("abstained").asBoolean(),
                    listed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask " + ask, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + ask, e);
        }
    }
}
