package org.manara.streamjobs.sink;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.apache.flink.configuration.ReadableConfig;
import org.manara.model.Indices;
import org.manara.streamjobs.options.ElasticsearchOptions;

/**
 * Where scored posts go: daily indices {@code <alias>-yyyy.MM.dd} behind {@code alias}, shaped by
 * the template {@code <alias>-template} on {@code <alias>-*}. The defaults are the names in {@link
 * Indices}; tests use their own alias so they can share one node.
 */
public record PostsIndex(String alias, int shards, int replicas) implements Serializable {

    public PostsIndex {
        if (alias == null
                || alias.isBlank()
                || !alias.equals(alias.toLowerCase(Locale.ROOT))
                || "-_+.".indexOf(alias.charAt(0)) >= 0
                || alias.chars().anyMatch(c -> " \"*\\<|,>/?#:".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a valid Elasticsearch alias: '" + alias + "'");
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException(
                    "need shards >= 1 and replicas >= 0, got " + shards + "/" + replicas);
        }
    }

    /** {@link Indices#POSTS_ALIAS}, one shard, one replica. */
    public static PostsIndex defaults() {
        return new PostsIndex(Indices.POSTS_ALIAS, 1, 1);
    }

    public static PostsIndex fromOptions(ReadableConfig options) {
        return new PostsIndex(
                options.get(ElasticsearchOptions.POSTS_ALIAS),
                options.get(ElasticsearchOptions.INDEX_SHARDS),
                options.get(ElasticsearchOptions.INDEX_REPLICAS));
    }

    /** The daily index of a post created at {@code createdAt}. */
    public String indexFor(Instant createdAt) {
        return Indices.postsIndexFor(alias, createdAt);
    }

    public String templateName() {
        return alias + "-template";
    }

    public String pattern() {
        return alias + "-*";
    }

    public IndexTemplate template() {
        return PostsIndexTemplate.template(this);
    }
}
