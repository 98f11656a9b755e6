package org.manara.embedded.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentParserConfiguration;
import org.elasticsearch.xcontent.json.JsonXContent;

/**
 * A bare HTTP client for the node tests: the Java Elasticsearch client is not a dependency of this
 * module, and plain HTTP also shows exactly what goes over the wire.
 */
final class Http {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body parsed as a JSON object (empty map for an empty body). */
    record Response(int status, Map<String, Object> json, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        <T> T at(String... path) {
            Object current = json;
            for (String key : path) {
                if (current instanceof List<?> list) {
                    current = list.get(Integer.parseInt(key));
                } else {
                    current = ((Map<String, Object>) current).get(key);
                }
            }
            return (T) current;
        }
    }

    Response get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, "application/json");
    }

    Response head(String path) throws IOException, InterruptedException {
        return send("HEAD", path, null, "application/json");
    }

    Response put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json, "application/json");
    }

    Response post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json, "application/json");
    }

    Response bulk(String path, String ndjson) throws IOException, InterruptedException {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private Response send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", contentType);
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response =
                CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), parse(response.body()), response);
    }

    private static Map<String, Object> parse(String body) throws IOException {
        if (body == null || body.isBlank() || !body.strip().startsWith("{")) {
            return Map.of();
        }
        try (XContentParser parser =
                JsonXContent.jsonXContent.createParser(XContentParserConfiguration.EMPTY, body)) {
            return parser.map();
        }
    }
}
