package org.refdesk;

import org.refdesk.web.WebApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Run in a fresh JVM by {@link EgressIT}: records every connection the JVM attempts (HTTP clients and
 * plain sockets both ask the default {@link ProxySelector}), starts the server as {@code serve} does with
 * no LLM, asks one question, and prints one {@code OUTBOUND <uri>} line per attempt beyond loopback.
 * Attempts beyond loopback are sent to a closed loopback port, so nothing leaves the machine even when
 * something tries. Ends with a {@code PROBE-DONE} line.
 */
public final class EgressProbe {

    /** A deliberate outbound attempt, to show the recorder sees what an HTTP library does. */
    static final String CANARY = "http://192.0.2.1/canary";
    /** The same, bypassing the proxy selector as the tokenizer library's usage tracking does. */
    static final String DIRECT_CANARY = "http://192.0.2.2/direct-canary";

    public static void main(String[] args) throws Exception {
        Recorder recorder = new Recorder();
        ProxySelector.setDefault(recorder);
        // libraries that bypass the proxy selector (an explicit Proxy.NO_PROXY) still make a java.net.Socket
        Socket.setSocketImplFactory(() -> new RefusingSocket(recorder));
        Path dir = Path.of(args[0]);
        App app = App.open(LibraryFixture.settings(dir));
        WebApp web = app.web().start("127.0.0.1", 0);
        app.library().syncSeeds();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + web.port() + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"forced labour in fishing\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("ANSWER-STATUS " + answer.statusCode());
        try {
            new URL(CANARY).openConnection().getInputStream().close();
        } catch (IOException expected) {
            // refused by the closed loopback port the recorder routes it to
        }
        try {
            new URL(DIRECT_CANARY).openConnection(Proxy.NO_PROXY).getInputStream().close();
        } catch (IOException expected) {
            // refused by the closed loopback port the recorder routes it to
        }
        recorder.outbound.forEach(uri -> System.out.println("OUTBOUND " + uri));
        System.out.println("PROBE-DONE");
        System.out.flush();
        web.stop();
        app.close();
        System.exit(0);
    }

    /** Records the address of every plain-socket connect and refuses it, before any packet is sent. */
    static final class RefusingSocket extends SocketImpl {

        private final Recorder recorder;

        RefusingSocket(Recorder recorder) {
            this.recorder = recorder;
        }

        private IOException refuse(String host, int port) {
            if (!Recorder.isLoopback(host)) {
                recorder.outbound.add("socket://" + host + ":" + port);
            }
            return new ConnectException("refused by EgressProbe: " + host + ":" + port);
        }

        @Override
        protected void create(boolean stream) {
        }

        @Override
        protected void connect(String host, int port) throws IOException {
            throw refuse(host, port);
        }

        @Override
        protected void connect(InetAddress address, int port) throws IOException {
            throw refuse(address.getHostAddress(), port);
        }

        @Override
        protected void connect(SocketAddress address, int timeout) throws IOException {
            InetSocketAddress a = (InetSocketAddress) address;
            throw refuse(a.getHostString(), a.getPort());
        }

        @Override
        protected void bind(InetAddress host, int port) throws IOException {
            throw new SocketException("bind refused by EgressProbe");
        }

        @Override
        protected void listen(int backlog) throws IOException {
            throw new SocketException("listen refused by EgressProbe");
        }

        @Override
        protected void accept(SocketImpl s) throws IOException {
            throw new SocketException("accept refused by EgressProbe");
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        protected OutputStream getOutputStream() throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        protected int available() {
            return 0;
        }

        @Override
        protected void close() {
        }

        @Override
        protected void sendUrgentData(int data) throws IOException {
            throw new SocketException("not connected");
        }

        @Override
        public void setOption(int optID, Object value) {
        }

        @Override
        public Object getOption(int optID) {
            return null;
        }
    }

    static final class Recorder extends ProxySelector {

        final Set<String> outbound = ConcurrentHashMap.newKeySet();

        @Override
        public List<Proxy> select(URI uri) {
            if (isLoopback(uri.getHost())) {
                return List.of(Proxy.NO_PROXY);
            }
            outbound.add(uri.toString());
            Proxy.Type type = uri.getScheme().startsWith("http") ? Proxy.Type.HTTP : Proxy.Type.SOCKS;
            return List.of(new Proxy(type, new InetSocketAddress(InetAddress.getLoopbackAddress(), 1)));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
        }

        static boolean isLoopback(String host) {
            if (host == null) {
                return false;
            }
            if (host.equals("localhost")) {
                return true;
            }
            try {
                // literal addresses only: a name is never resolved here, so no DNS query leaves either
                return host.matches("[0-9.:\\[\\]a-fA-F]+") && InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
    }
}
