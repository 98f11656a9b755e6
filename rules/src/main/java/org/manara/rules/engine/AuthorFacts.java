package org.manara.rules.engine;

import java.time.Duration;
import java.time.Instant;
import org.manara.model.Author;

/**
 * The author as rules see it ({@code author.*}). {@code ageDays}, {@code followers} and {@code
 * following} are null when the platform did not report them; rules then see the field as absent
 * ({@code has(author.age_days)} is false). {@code priorActions} counts earlier enforcement actions
 * (hold, remove, suspend) against the account.
 */
public record AuthorFacts(
        String id,
        String handle,
        Long ageDays,
        Long followers,
        Long following,
        boolean verified,
        long priorActions) {

    public AuthorFacts {
        id = id == null ? "" : id;
        handle = handle == null ? "" : handle;
    }

    /**
     * The facts of a model author as of {@code at} (the post's time, so that replays see the same
     * age). Verification and history are not in the post; see {@link #withHistory}.
     */
    public static AuthorFacts from(Author author, Instant at) {
        if (author == null) {
            return new AuthorFacts("", "", null, null, null, false, 0);
        }
        Long age = null;
        if (author.createdAt() != null && at != null) {
            age = Math.max(0, Duration.between(author.createdAt(), at).toDays());
        }
        String handle = author.handle() == null ? "" : author.handle();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        return new AuthorFacts(
                author.id(), handle, age, author.followers(), author.following(), false, 0);
    }

    /** These facts with what an account store knows: verification and prior actions. */
    public AuthorFacts withHistory(boolean verified, long priorActions) {
        return new AuthorFacts(id, handle, ageDays, followers, following, verified, priorActions);
    }
}
