package org.manara.rules.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.manara.model.Post;
import org.manara.rules.engine.internal.Domains;

/**
 * The post as rules see it ({@code post.*}). Unknown strings are empty, lists never null. {@code
 * domains} are the canonical hosts of {@code urls} (lower case, no {@code www.}); hashtags and
 * mentions are lower case without {@code #}/{@code @}.
 */
public record PostFacts(
        String id,
        String platform,
        String text,
        String normalizedText,
        String lang,
        List<String> urls,
        List<String> domains,
        List<String> hashtags,
        List<String> mentions,
        Instant createdAt,
        boolean isReply,
        boolean isRepost) {

    public PostFacts {
        id = id == null ? "" : id;
        platform = platform == null ? "" : platform;
        text = text == null ? "" : text;
        normalizedText = normalizedText == null ? "" : normalizedText;
        lang = lang == null ? "" : lang;
        urls = urls == null ? List.of() : List.copyOf(urls);
        domains = domains == null ? domainsOf(urls) : List.copyOf(domains);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        createdAt = createdAt == null ? Instant.EPOCH : createdAt;
    }

    /** The facts of a model post, normalising its text with {@code normalizer}. */
    public static PostFacts from(Post post, TextNormalizer normalizer) {
        String text = post.text() == null ? "" : post.text();
        return new PostFacts(
                post.id(),
                post.platform(),
                text,
                normalizer.normalize(text),
                post.lang(),
                post.urls(),
                null,
                stripped(post.hashtags(), '#'),
                stripped(post.mentions(), '@'),
                post.createdAt(),
                post.replyTo() != null,
                post.repostOf() != null);
    }

    /** Like {@link #from(Post, TextNormalizer)} with a normalised text computed elsewhere. */
    public PostFacts withNormalizedText(String normalized) {
        return new PostFacts(
                id,
                platform,
                text,
                normalized,
                lang,
                urls,
                domains,
                hashtags,
                mentions,
                createdAt,
                isReply,
                isRepost);
    }

    /** The distinct canonical hosts of {@code urls}, in order. */
    public static List<String> domainsOf(List<String> urls) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String u : urls) {
            String host = Domains.fromUrl(u);
            if (host != null) {
                out.add(host);
            }
        }
        return List.copyOf(out);
    }

    static List<String> stripped(List<String> values, char prefix) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            String s = v.strip();
            if (!s.isEmpty() && s.charAt(0) == prefix) {
                s = s.substring(1);
            }
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
