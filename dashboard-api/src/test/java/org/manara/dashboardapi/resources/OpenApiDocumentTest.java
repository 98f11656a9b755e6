package org.manara.dashboardapi.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml (as packaged) describes exactly the routes the code serves, coherently. */
class OpenApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void documentsExactlyTheRoutesTheResourcesServe() throws IOException {
        JsonNode doc = document();
        assertThat(doc.get("openapi").asText()).startsWith("3.1.");

        Set<String> documented = new HashSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(
                        path ->
                                path.getValue()
                                        .fieldNames()
                                        .forEachRemaining(
                                                m ->
                                                        documented.add(
                                                                m.toUpperCase(Locale.ROOT)
                                                                        + " "
                                                                        + path.getKey())));
        Set<String> served =
                ResourceClasses.routes().stream()
                        .map(r -> r.method() + " " + r.path())
                        .collect(Collectors.toSet());

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void apiRoutesDocumentAuthFailuresAndPublicOnesNeedNoKey() throws IOException {
        JsonNode paths = document().get("paths");
        paths.fields()
                .forEachRemaining(
                        path ->
                                path.getValue()
                                        .forEach(
                                                operation -> {
                                                    if (path.getKey().startsWith("/api/v1")) {
                                                        assertThat(
                                                                        operation
                                                                                .get("responses")
                                                                                .has("401"))
                                                                .as(path.getKey())
                                                                .isTrue();
                                                        assertThat(
                                                                        operation
                                                                                .get("responses")
                                                                                .has("403"))
                                                                .as(path.getKey())
                                                                .isTrue();
                                                        assertThat(operation.has("security"))
                                                                .as(path.getKey())
                                                                .isFalse();
                                                    } else {
                                                        assertThat(operation.get("security"))
                                                                .as(path.getKey())
                                                                .isEmpty();
                                                    }
                                                }));
    }

    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode doc = document();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).contains("./schema/post.schema.json");

        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                String location = "/org/manara/dashboardapi/" + ref.substring("./".length());
                try (InputStream in = getClass().getResourceAsStream(location)) {
                    assertThat(in).as(ref).isNotNull();
                }
            }
        }
    }

    private static JsonNode document() throws IOException {
        try (InputStream in =
                OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.LOCATION)) {
            assertThat(in).as("docs/openapi.yaml packaged into the jar").isNotNull();
            return YAML.readTree(in);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            f -> {
                                if (f.getKey().equals("$ref")) {
                                    refs.add(f.getValue().asText());
                                } else {
                                    collectRefs(f.getValue(), refs);
                                }
                            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
