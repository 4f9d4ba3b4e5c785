package org.refdesk.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat-model endpoint on loopback (the true outer boundary) that takes {@code delayMillis} to refuse
 * every chat request with 400: an answer then holds its answer slot that long and falls back to the
 * extractive answer. Lets a test fill the answer slots on demand. Thread-safe.
 */
final class SlowModel implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger chats = new AtomicInteger();
    private final long delayMillis;

    SlowModel(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "slow-model");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/models", e -> send(e, 200, "{\"object\":\"list\",\"data\":[]}"));
        server.createContext("/v1/chat/completions", this::chat);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Chat requests received so far: each one is an answer holding a slot. */
    int chats() {
        return chats.get();
    }

    private void chat(HttpExchange e) throws IOException {
        e.getRequestBody().readAllBytes();
        chats.incrementAndGet();
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        send(e, 400, "{\"error\":{\"message\":\"scripted refusal\",\"type\":\"invalid_request_error\"}}");
    }

    private static void send(HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
