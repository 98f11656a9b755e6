package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One post as it enters Manara. {@code id}, {@code author.id}, {@code text} and {@code created_at}
 * are required (see {@link PostValidator}); the lists are never null after construction.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Post(
        String id,
        String platform,
        Author author,
        String text,
        String lang,
        Instant createdAt,
        String replyTo,
        String repostOf,
        String quoteOf,
        List<String> urls,
        List<String> hashtags,
        List<String> mentions,
        List<String> mediaHashes) {

    public Post {
        urls = urls == null ? List.of() : List.copyOf(urls);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        mediaHashes = mediaHashes == null ? List.of() : List.copyOf(mediaHashes);
    }

    /** A post with only the required fields, for tests and generators. */
    public static Post of(String id, String authorId, String text, Instant createdAt) {
        return new Post(
                id,
                null,
                Author.of(authorId),
                text,
                null,
                createdAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** This post with another {@code created_at} (generators stamp posts as they send them). */
    public Post withCreatedAt(Instant at) {
        return new Post(
                id,
                platform,
                author,
                text,
                lang,
                at,
                replyTo,
                repostOf,
                quoteOf,
                urls,
                hashtags,
                mentions,
                mediaHashes);
    }

    /** This post as a reply to {@code parentId}. */
    public Post withReplyTo(String parentId) {
        return new Post(
                id,
                platform,
                author,
                text,
                lang,
                createdAt,
                parentId,
                repostOf,
                quoteOf,
                urls,
                hashtags,
                mentions,
                mediaHashes);
    }
}
