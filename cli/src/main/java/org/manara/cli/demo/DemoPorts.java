package org.manara.cli.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The loopback ports of the demo's Kafka broker and Elasticsearch node. Chosen once and kept in
 * {@code ports.properties} so a restarted demo finds its servers where it left them; a port that
 * something else took in the meantime is replaced by a free one.
 */
record DemoPorts(int kafkaBroker, int kafkaController, int elasticsearchHttp) {

    static DemoPorts loadOrAllocate(Path dataDir) {
        Path file = dataDir.resolve("ports.properties");
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                props.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DemoPorts ports =
                new DemoPorts(
                        usable(props.getProperty("kafka.broker")),
                        usable(props.getProperty("kafka.controller")),
                        usable(props.getProperty("elasticsearch.http")));
        props.setProperty("kafka.broker", Integer.toString(ports.kafkaBroker));
        props.setProperty("kafka.controller", Integer.toString(ports.kafkaController));
        props.setProperty("elasticsearch.http", Integer.toString(ports.elasticsearchHttp));
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "Ports of the demo's servers (bin/manara demo)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ports;
    }

    /** The stored port when it is still free, otherwise a new free one. */
    private static int usable(String stored) {
        if (stored != null) {
            try {
                int port = Integer.parseInt(stored.trim());
                if (isFree(port)) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // fall through to a fresh port
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
