package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.App;
import org.refdesk.TestLibrary;

/**
 * Slowloris from one address: more half-sent requests than the server's whole connection cap, all from
 * 127.0.0.2, while a client on 127.0.0.1 (another address on the loopback network) still gets answers.
 */
class ConnectionShareIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    static App app;
    static Javalin web;

    @BeforeAll
    static void start() {
        library = TestLibrary.shared(dir, s -> s);
        app = library.app();
        web = WebServer.create(new WebDeps(app.ask(), app.catalog(), app.readiness(), app.embedder().modelId(),
                new WebPolicy(false, 0, 8, null, null), LibraryAdmin.NONE, () -> 0)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        web.stop();
        library.close();
    }

    @Test
    void should_answer_others_while_one_address_holds_more_connections_than_the_server_cap() throws Exception {
        // given one address opening more connections than the server's cap, each sending a header slowly
        List<Socket> attack = new ArrayList<>();
        InetAddress attacker = InetAddress.getByName("127.0.0.2");
        InetAddress server = InetAddress.getByName("127.0.0.1");
        try {
            for (int i = 0; i < Gatekeeper.MAX_CONNECTIONS + 88; i++) {
                Socket socket = new Socket();
                attack.add(socket);
                socket.bind(new InetSocketAddress(attacker, 0));
                if (!connect(socket, new InetSocketAddress(server, web.port()))) {
                    break;
                }
                send(socket, "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            }

            // when another client asks and checks health while they are all still open (well within the idle timeout)
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                    + "/api/ask")).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"what covers re-trafficking\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                    + "/health/live")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());

            // then it is served, and the server kept only that address's share of its connections
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(attack).hasSize(Gatekeeper.MAX_CONNECTIONS + 88);
            assertThat(attack.stream().filter(s -> !closedByServer(s)).count())
                    .isEqualTo(Gatekeeper.MAX_CONNECTIONS_PER_ADDRESS);
        } finally {
            for (Socket socket : attack) {
                socket.close();
            }
        }
    }

    @Test
    void should_keep_serving_an_address_that_opens_more_connections_than_its_share_one_after_another()
            throws Exception {
        // given one address that opens and closes more connections, one at a time, than its share of open ones
        InetAddress client = InetAddress.getByName("127.0.0.3");
        int served = 0;
        for (int i = 0; i < Gatekeeper.MAX_CONNECTIONS_PER_ADDRESS + 20; i++) {
            // when each connection asks once and is closed
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(client, 0));
                socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), web.port()), 5_000);
                socket.setSoTimeout(5_000);
                send(socket, "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                served += head.startsWith("HTTP/1.1 200") ? 1 : 0;
            }
        }

        // then every one was served: a closed connection no longer counts against the address
        assertThat(served).isEqualTo(Gatekeeper.MAX_CONNECTIONS_PER_ADDRESS + 20);
    }

    /** False when the server no longer accepts (its connection cap is reached: the attack succeeded). */
    private static boolean connect(Socket socket, InetSocketAddress to) {
        try {
            socket.connect(to, 10_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            socket.setSoTimeout(50);
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static void send(Socket socket, String text) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException closedByServer) {
            // beyond its share the server closes a connection at once: that is the point
        }
    }
}
