package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.manara.model.Category;
import org.manara.model.Indices;
import org.manara.model.Json;

class PostsIndexTest {

    @Test
    void defaultsAreTheRegistryNames() {
        PostsIndex index = PostsIndex.defaults();
        Instant at = Instant.parse("2026-03-01T23:59:59Z");
        assertThat(index.indexFor(at))
                .isEqualTo(Indices.postsIndexFor(at))
                .isEqualTo("manara-posts-2026.03.01");
        assertThat(index.templateName()).isEqualTo(Indices.POSTS_TEMPLATE);
        assertThat(index.pattern()).isEqualTo(Indices.POSTS_PATTERN);
    }

    @Test
    void rejectsAliasesElasticsearchWouldRefuse() {
        assertThatThrownBy(() -> new PostsIndex("Posts", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostsIndex("_posts", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostsIndex("a b", 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostsIndex("posts", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templateHasPatternAliasSettingsAndExplicitMappings() throws Exception {
        IndexTemplate template = new PostsIndex("test-posts", 2, 0).template();
        assertThat(template.name()).isEqualTo("test-posts-template");

        JsonNode body = Json.mapper().readTree(template.json());
        assertThat(body.at("/index_patterns/0").asText()).isEqualTo("test-posts-*");
        assertThat(body.at("/template/aliases").has("test-posts")).isTrue();
        assertThat(body.at("/template/settings/number_of_shards").asInt()).isEqualTo(2);
        assertThat(body.at("/template/settings/number_of_replicas").asInt()).isZero();

        JsonNode props = body.at("/template/mappings/properties");
        assertThat(body.at("/template/mappings/dynamic").asBoolean(true)).isFalse();
        assertThat(props.at("/post/properties/id/type").asText()).isEqualTo("keyword");
        assertThat(props.at("/post/properties/created_at/type").asText()).isEqualTo("date");
        assertThat(props.at("/post/properties/text/fields/english/analyzer").asText())
                .isEqualTo("english");
        assertThat(props.at("/post/properties/text/fields/arabic/analyzer").asText())
                .isEqualTo("arabic");
        assertThat(props.at("/flagged/type").asText()).isEqualTo("boolean");
        for (Category c : Category.values()) {
            assertThat(
                            props.at(
                                            "/scores/properties/categories/properties/"
                                                    + c.key()
                                                    + "/properties/score/type")
                                    .asText())
                    .as(c.key())
                    .isEqualTo("float");
        }
    }
}
