package org.manara.streamjobs.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.manara.model.Category;
import org.manara.model.Indices;
import org.manara.model.Json;

/**
 * The index template for the daily posts indices ({@link PostsIndex#pattern()}, by default {@link
 * Indices#POSTS_PATTERN}): explicit mappings from {@code posts-mappings.json} (keyword ids, dates,
 * post text analysed three ways: standard, {@code english}, {@code arabic}), one float score per
 * {@link Category}, and the alias ({@link PostsIndex#alias()}) so every new daily index joins it.
 *
 * <p>The mapping is {@code dynamic: false}: fields the model gains later are kept in {@code
 * _source} but not searchable until added here, and never cause a mapping conflict.
 */
public final class PostsIndexTemplate {
    static final String MAPPINGS_RESOURCE = "posts-mappings.json";

    /** Template priority; above Elasticsearch's built-in templates, which start at 100. */
    static final int PRIORITY = 200;

    public static IndexTemplate template(PostsIndex index) {
        ObjectMapper mapper = Json.mapper();
        ObjectNode body = mapper.createObjectNode();
        body.putArray("index_patterns").add(index.pattern());
        body.put("priority", PRIORITY);
        body.putObject("_meta").put("managed_by", "manara");
        ObjectNode template = body.putObject("template");
        template.putObject("settings")
                .put("number_of_shards", index.shards())
                .put("number_of_replicas", index.replicas());
        template.putObject("aliases").putObject(index.alias());
        template.set("mappings", mappings());
        try {
            return new IndexTemplate(index.templateName(), mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode mappings() {
        ObjectNode mappings;
        try (InputStream in = PostsIndexTemplate.class.getResourceAsStream(MAPPINGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAPPINGS_RESOURCE);
            }
            mappings = (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode categories =
                mappings.withObject("/properties/scores/properties/categories/properties");
        for (Category category : Category.values()) {
            ObjectNode props = categories.putObject(category.key()).putObject("properties");
            props.putObject("score").put("type", "float");
            // Evidence is for display next to the post; kept in _source, not indexed.
            props.putObject("evidence").put("type", "object").put("enabled", false);
        }
        return mappings;
    }

    private PostsIndexTemplate() {}
}
