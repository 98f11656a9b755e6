package org.manara.dashboardapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain HTTP client for integration tests: real requests over loopback, no JAX-RS client. */
public final class Http {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static HttpResponse<String> get(URI uri, String key) throws IOException {
        return send(request(uri, key).GET().build());
    }

    public static HttpResponse<String> post(URI uri, String key, String contentType, String body)
            throws IOException {
        return send(
                request(uri, key)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** Without a Content-Length: the body arrives chunked, so only reading can find its size. */
    public static HttpResponse<String> postChunked(
            URI uri, String key, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(
                request(uri, key)
                        .header("Content-Type", contentType)
                        .POST(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(bytes)))
                        .build());
    }

    private static HttpRequest.Builder request(URI uri, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private Http() {}
}
