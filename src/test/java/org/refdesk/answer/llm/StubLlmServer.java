package org.refdesk.answer.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A chat-model server on 127.0.0.1 that speaks the real wire protocols: OpenAI chat completions
 * ({@code POST /v1/chat/completions}, JSON or {@code data: {...}} chunks ending in {@code data: [DONE]})
 * and Ollama ({@code POST /api/chat}, JSON or NDJSON lines), plus their model lists for probes. Each test
 * scripts what it answers: a text, an HTTP status, a delay. Thread-safe.
 */
final class StubLlmServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile String answer = "";
    private volatile String condensed;
    private volatile long delayMillis;
    private volatile int stallAfter = -1;
    private volatile long stallMillis;

    StubLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-llm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", e -> chat(e, false));
        server.createContext("/api/chat", e -> chat(e, true));
        server.createContext("/v1/models", e -> send(e, 200, "application/json", "{\"object\":\"list\",\"data\":[]}"));
        server.createContext("/api/tags", e -> send(e, 200, "application/json", "{\"models\":[]}"));
        server.start();
    }

    String openAiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    String ollamaUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the model says from now on, with no delay and status 200. */
    StubLlmServer answering(String text) {
        answer = text;
        delayMillis = 0;
        statuses.clear();
        requests.clear();
        condensed = null;
        stallAfter = -1;
        return this;
    }

    /** What the model says to a follow-up rewrite request. */
    StubLlmServer condensingTo(String text) {
        condensed = text;
        return this;
    }

    /** A streamed answer stops for {@code millis} after its first {@code pieces} pieces. */
    StubLlmServer stalling(int pieces, long millis) {
        stallAfter = pieces;
        stallMillis = millis;
        return this;
    }

    StubLlmServer delayed(long millis) {
        delayMillis = millis;
        return this;
    }

    /** The statuses of the next requests, in order; 200 once they are used up. */
    StubLlmServer failing(Integer... codes) {
        statuses.addAll(List.of(codes));
        return this;
    }

    /** Bodies of the chat requests received since the last {@link #answering}. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    private void chat(HttpExchange e, boolean ollama) throws IOException {
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        sleep(delayMillis);
        Integer status = statuses.poll();
        if (status != null && status != 200) {
            send(e, status, "application/json", "{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"x\"}}");
            return;
        }
        String text = condensed != null && body.contains("standalone question") ? condensed : answer;
        boolean stream = body.replace(" ", "").contains("\"stream\":true");
        if (ollama) {
            ollama(e, text, stream);
        } else {
            openAi(e, text, stream);
        }
    }

    private void openAi(HttpExchange e, String text, boolean stream) throws IOException {
        if (!stream) {
            send(e, 200, "application/json", "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + json(text)
                    + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}");
            return;
        }
        List<String> events = new ArrayList<>();
        for (String piece : pieces(text)) {
            events.add("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + json(piece) + "},\"finish_reason\":null}]}\n\n");
        }
        events.add("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        events.add("data: [DONE]\n\n");
        stream(e, "text/event-stream", events);
    }

    private void ollama(HttpExchange e, String text, boolean stream) throws IOException {
        String done = "\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":1,\"eval_count\":1}";
        if (!stream) {
            send(e, 200, "application/json", "{\"model\":\"stub\",\"created_at\":\"2024-01-01T00:00:00Z\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":" + json(text) + "}," + done);
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String piece : pieces(text)) {
            lines.add("{\"model\":\"stub\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                    + "\"content\":" + json(piece) + "},\"done\":false}\n");
        }
        lines.add("{\"model\":\"stub\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"\"}," + done + "\n");
        stream(e, "application/x-ndjson", lines);
    }

    /** Sends chunked, flushing each part, stalling where scripted. */
    private void stream(HttpExchange e, String type, List<String> parts) throws IOException {
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(200, 0);
        try (OutputStream out = e.getResponseBody()) {
            for (int i = 0; i < parts.size(); i++) {
                if (i == stallAfter) {
                    sleep(stallMillis);
                }
                out.write(parts.get(i).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException ignored) {
            // the client hung up: what a cancelled stream does
        }
    }

    private static List<String> pieces(String text) {
        return List.of(text.split("(?<=\\s)"));
    }

    private static void send(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
