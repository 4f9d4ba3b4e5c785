package org.refdesk.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the hand-written API description {@code openapi.yaml} from the classpath. */
final class OpenApi {

    static final String RESOURCE = "/org/refdesk/web/openapi.yaml";

    private OpenApi() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(text());
    }

    static String text() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
