package org.refdesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a request it could not parse: bad request line 400, URL too long 414,
 * headers too large 431, unknown HTTP version 505; and errors raised before Javalin sees a request) in the
 * same form as every other error: JSON {@code {"status","error"}} with the security headers, never Jetty's
 * HTML page. The message is Jetty's reason phrase for the status, never caller text. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object code = request.getAttribute(ERROR_STATUS);
        int status = code instanceof Integer i ? i : response.getStatus();
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        ByteBuffer body = badMessageError(status, null, headers);
        response.write(true, body, callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(new HttpField("Content-Security-Policy", SecurityHeaders.CSP));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
        fields.put(new HttpField("Referrer-Policy", "no-referrer"));
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        String message = HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
        String json = "{\"status\":" + status + ",\"error\":\"" + message.replaceAll("[^a-z0-9 .,-]", "") + "\"}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
