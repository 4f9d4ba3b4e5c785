package org.refdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP over a plain socket, for what java.net.http will not send: a forged Host, a half-sent body. */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    RawHttp(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
    }

    void send(String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void timeout(java.time.Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    /** Whether the server has started to respond. */
    boolean answered() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    /** Reads until the server closes the connection. */
    String readAll() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One request with {@code Connection: close}; returns the whole response. */
    static String exchange(int port, String request) throws IOException {
        try (RawHttp http = new RawHttp(port)) {
            http.send(request);
            return http.readAll();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
