package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An event for integrators on the {@code events} topic: {@code post.flagged}, {@code post.removed},
 * ... one per post whose verdict needs attention. The {@code id} is derived from the post id, the
 * event type and the rule-set version, so a replay of the same post under the same rules yields the
 * same id and consumers can de-duplicate on it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModerationEvent(
        String id,
        String type,
        String postId,
        String authorId,
        Action action,
        List<String> labels,
        List<String> ruleIds,
        String rulesetVersion,
        Instant postCreatedAt,
        Instant occurredAt) {

    public ModerationEvent {
        labels = labels == null ? List.of() : List.copyOf(labels);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    /** The event type of an action: {@code post.flagged}, {@code post.removed}, ... */
    public static String typeOf(Action action) {
        return switch (action) {
            case ALLOW -> "post.allowed";
            case LABEL -> "post.labelled";
            case FLAG -> "post.flagged";
            case ESCALATE -> "post.escalated";
            case HOLD -> "post.held";
            case REMOVE -> "post.removed";
            case SUSPEND_ACCOUNT -> "account.suspended";
        };
    }

    /**
     * The stable id of an event: {@code evt_} + 32 hex digits of SHA-256(post id, type, version).
     */
    public static String idOf(String postId, String type, String rulesetVersion) {
        MessageDigest sha = SHA_256.get();
        String key =
                postId
                        + '\u0000'
                        + type
                        + '\u0000'
                        + (rulesetVersion == null ? "" : rulesetVersion);
        byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        return "evt_" + HexFormat.of().formatHex(digest, 0, 16).toLowerCase(Locale.ROOT);
    }

    /** One digest per thread: looking the algorithm up per event was a profile hot spot. */
    private static final ThreadLocal<MessageDigest> SHA_256 =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return MessageDigest.getInstance("SHA-256");
                        } catch (NoSuchAlgorithmException e) {
                            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
                        }
                    });

    /**
     * The event for a scored post, or {@code null} when its verdict is below {@code label} (allowed
     * posts produce no event).
     */
    public static ModerationEvent of(ScoredPost scored, Instant occurredAt) {
        Verdict v = scored.verdict();
        if (v == null || v.action() == Action.ALLOW) {
            return null;
        }
        String type = typeOf(v.action());
        Post p = scored.post();
        return new ModerationEvent(
                idOf(p.id(), type, v.rulesetVersion()),
                type,
                p.id(),
                p.author() == null ? null : p.author().id(),
                v.action(),
                v.labels(),
                v.matched().stream().map(RuleMatch::ruleId).toList(),
                v.rulesetVersion(),
                p.createdAt(),
                occurredAt);
    }
}
