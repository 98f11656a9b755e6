package org.manara.embedded.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A tiny line-echo server run through {@link ServerMain}, to test child processes without Kafka or
 * Elasticsearch. {@code --set mode=fail} fails to start, {@code --set mode=slow} never becomes
 * ready.
 */
public final class EchoServerMain {
    private EchoServerMain() {}

    public static void main(String[] args) {
        ServerMain.run(
                "echo",
                args,
                parsed -> {
                    String mode = parsed.settings().getOrDefault("mode", "ok");
                    if (mode.equals("fail")) {
                        throw new IllegalStateException("echo refuses to start on purpose");
                    }
                    if (mode.equals("slow")) {
                        sleepForever();
                    }
                    ServerSocket socket = open();
                    Thread acceptor = new Thread(() -> serve(socket), "echo-acceptor");
                    acceptor.setDaemon(true);
                    acceptor.start();
                    return new ServerMain.Running(
                            "127.0.0.1:" + socket.getLocalPort(), socket::close);
                });
    }

    private static ServerSocket open() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(ServerSocket socket) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    BufferedReader in =
                            new BufferedReader(
                                    new InputStreamReader(
                                            client.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out =
                            new PrintWriter(
                                    client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                out.println("echo " + in.readLine());
            } catch (IOException e) {
                // closed while accepting: the server is stopping
            }
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
