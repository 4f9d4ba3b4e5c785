package org.refdesk.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Each client address's share of the open connections: a connection beyond {@code perAddress} from one
 * address is closed as soon as it opens, so one client holding idle or slow connections (slowloris)
 * cannot use up the server's connection cap for everyone else. The trusted proxy (every client's
 * connections come from it) is exempt. Registered on each Jetty connector. Thread-safe.
 */
final class ConnectionShare implements Connection.Listener {

    private final int perAddress;
    private final String exempt;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** The address each counted connection was opened from: a closed socket no longer tells its peer. */
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();

    /** {@code exempt} is the trusted proxy's address, or null. */
    ConnectionShare(int perAddress, String exempt) {
        if (perAddress < 1) {
            throw new IllegalArgumentException("connections per address " + perAddress + " must be at least 1");
        }
        this.perAddress = perAddress;
        this.exempt = exempt;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null || Objects.equals(address.getHostAddress(), exempt)) {
            return;
        }
        counted.put(connection, address);
        int now = open.merge(address, 1, Integer::sum);
        if (now > perAddress) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Open connections from {@code address} (for tests and metrics). */
    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
