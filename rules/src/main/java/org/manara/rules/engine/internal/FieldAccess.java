package org.manara.rules.engine.internal;

import dev.cel.common.ast.CelExpr;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.manara.model.Category;
import org.manara.rules.engine.CampaignFacts;

/**
 * Reads a variable's field straight from an {@link InputView}, with the values CEL would see
 * ({@link Variables}): Long, Double, String, Boolean or List, or {@link Prefilter#UNKNOWN} where
 * CEL would fail (an absent optional field, a post in no campaign) or the type is not handled
 * (timestamps).
 */
final class FieldAccess {

    static Function<InputView, Object> of(String variable, String field, List<String> counters) {
        return switch (variable) {
            case "post" -> post(field);
            case "author" -> author(field);
            case "scores" -> scores(field);
            case "counters" -> {
                int i = counters.indexOf(field);
                yield i < 0 ? v -> Prefilter.UNKNOWN : v -> v.counters[i];
            }
            case "campaign" -> campaign(field);
            default -> v -> Prefilter.UNKNOWN;
        };
    }

    /**
     * A primitive reader for {@code scores.<category>} or {@code counters.<name>}, which are always
     * present; null for any other expression.
     */
    static ToDoubleFunction<InputView> number(CelExpr e, List<String> counters) {
        if (e.getKind() != CelExpr.ExprKind.Kind.SELECT
                || e.select().testOnly()
                || e.select().operand().getKind() != CelExpr.ExprKind.Kind.IDENT) {
            return null;
        }
        String variable = e.select().operand().ident().name();
        String field = e.select().field();
        if (variable.equals("scores")) {
            for (Category c : Category.values()) {
                if (c.key().equals(field)) {
                    int i = c.ordinal();
                    return v -> v.scores[i];
                }
            }
        } else if (variable.equals("counters")) {
            int i = counters.indexOf(field);
            if (i >= 0) {
                return v -> v.counters[i];
            }
        }
        return null;
    }

    /** Whether {@code has(variable.field)} holds, or UNKNOWN. */
    static Function<InputView, Object> presence(String variable, String field) {
        return switch (variable) {
            case "author" ->
                    switch (field) {
                        case "age_days" -> v -> v.input.author().ageDays() != null;
                        case "followers" -> v -> v.input.author().followers() != null;
                        case "following" -> v -> v.input.author().following() != null;
                        default -> v -> Boolean.TRUE;
                    };
            case "campaign" -> v -> v.input.campaign() != null;
            case "post", "scores", "counters" -> v -> Boolean.TRUE;
            default -> v -> Prefilter.UNKNOWN;
        };
    }

    private static Function<InputView, Object> scores(String field) {
        for (Category c : Category.values()) {
            if (c.key().equals(field)) {
                int i = c.ordinal();
                return v -> v.scores[i];
            }
        }
        return v -> Prefilter.UNKNOWN;
    }

    private static Function<InputView, Object> post(String field) {
        return switch (field) {
            case "id" -> v -> v.input.post().id();
            case "platform" -> v -> v.input.post().platform();
            case "text" -> v -> v.input.post().text();
            case "normalized_text" -> v -> v.input.post().normalizedText();
            case "lang" -> v -> v.input.post().lang();
            case "urls" -> v -> v.input.post().urls();
            case "domains" -> v -> v.input.post().domains();
            case "hashtags" -> v -> v.input.post().hashtags();
            case "mentions" -> v -> v.input.post().mentions();
            case "is_reply" -> v -> v.input.post().isReply();
            case "is_repost" -> v -> v.input.post().isRepost();
            default -> v -> Prefilter.UNKNOWN;
        };
    }

    private static Function<InputView, Object> author(String field) {
        return switch (field) {
            case "id" -> v -> v.input.author().id();
            case "handle" -> v -> v.input.author().handle();
            case "age_days" -> v -> orUnknown(v.input.author().ageDays());
            case "followers" -> v -> orUnknown(v.input.author().followers());
            case "following" -> v -> orUnknown(v.input.author().following());
            case "verified" -> v -> v.input.author().verified();
            case "prior_actions" -> v -> v.input.author().priorActions();
            default -> v -> Prefilter.UNKNOWN;
        };
    }

    private static Function<InputView, Object> campaign(String field) {
        Function<CampaignFacts, Object> get =
                switch (field) {
                    case "id" -> c -> c.id() == null ? "" : c.id();
                    case "size" -> CampaignFacts::size;
                    case "score" -> CampaignFacts::score;
                    default -> c -> Prefilter.UNKNOWN;
                };
        return v -> v.input.campaign() == null ? Prefilter.UNKNOWN : get.apply(v.input.campaign());
    }

    private static Object orUnknown(Long value) {
        return value == null ? Prefilter.UNKNOWN : value;
    }

    private FieldAccess() {}
}
