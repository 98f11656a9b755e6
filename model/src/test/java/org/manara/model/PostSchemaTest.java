package org.manara.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manara.model.sample.SyntheticPosts;

/** Keeps docs/schema/post.schema.json and the Java mapping in step. */
class PostSchemaTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path file = Path.of("..", "docs", "schema", "post.schema.json");
        JsonNode node = Json.mapper().readTree(Files.readString(file));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(node, config);
    }

    @Test
    void postsManaraWritesConformToTheSchema() throws Exception {
        SyntheticPosts posts = new SyntheticPosts(5, Instant.parse("2026-03-01T00:00:00Z"), 10);
        for (int i = 0; i < 500; i++) {
            JsonNode json = Json.mapper().valueToTree(posts.next());
            assertThat(schema.validate(json)).as(json.toString()).isEmpty();
        }
        assertThat(schema.validate(Json.mapper().valueToTree(JsonRoundTripTest.FULL))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8, 9})
    void recordsTheValidatorRejectsForMissingOrMistypedFieldsFailTheSchemaToo(int kind)
            throws Exception {
        JsonNode json = Json.mapper().readTree(SyntheticPosts.malformed(kind));
        assertThat(new PostValidator().validate(json).valid()).isFalse();
        assertThat(schema.validate(json)).isNotEmpty();
    }
}
