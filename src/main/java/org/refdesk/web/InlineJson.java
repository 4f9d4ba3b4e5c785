package org.refdesk.web;

import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Javalin's Jackson mapper, except that a response body is written on the request's own thread: Javalin's
 * {@code ctx.json} otherwise hands the object to another thread that writes it through a 1 KB pipe the
 * request thread reads (a thread hand-over per kilobyte of answer, and CPU a per-request figure cannot see).
 * The JSON is the same. Thread-safe.
 */
final class InlineJson implements JsonMapper {

    private final JavalinJackson jackson = new JavalinJackson();

    @Override
    public String toJsonString(Object obj, Type type) {
        return jackson.toJsonString(obj, type);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return new ByteArrayInputStream(jackson.toJsonString(obj, type).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream out) {
        jackson.writeToOutputStream(stream, out);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return jackson.fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        return jackson.fromJsonStream(json, type);
    }
}
