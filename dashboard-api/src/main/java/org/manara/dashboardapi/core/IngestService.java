package org.manara.dashboardapi.core;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.manara.dashboardapi.api.PublishFailure;
import org.manara.dashboardapi.api.Rejection;
import org.manara.model.Post;
import org.manara.model.PostValidator;
import org.manara.model.ValidationResult;

/**
 * Reads an ingest body within the limits, validates every post (reporting every problem of each),
 * and publishes the valid ones. The whole body is read and checked before anything is published, so
 * a body that is malformed, too large or holds too many posts publishes nothing.
 */
public final class IngestService {
    public static final String ACCEPTED = "manara.ingest.accepted";
    public static final String REJECTED = "manara.ingest.rejected";
    public static final String PUBLISH_FAILED = "manara.ingest.publish-failed";

    private final PostPublisher publisher;
    private final IngestLimits limits;
    private final PostValidator validator;
    private final PostBatchReader reader;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter publishFailed;

    public IngestService(PostPublisher publisher, IngestLimits limits, MetricRegistry metrics) {
        this.publisher = publisher;
        this.limits = limits;
        this.validator = new PostValidator(limits.maxTextLength());
        this.reader = new PostBatchReader(limits.maxPosts());
        this.accepted = metrics.counter(ACCEPTED);
        this.rejected = metrics.counter(REJECTED);
        this.publishFailed = metrics.counter(PUBLISH_FAILED);
    }

    public IngestLimits limits() {
        return limits;
    }

    /**
     * @throws BodyTooLargeException the body is longer than {@link IngestLimits#maxRequestBytes()}
     * @throws TooManyPostsException the body holds more than {@link IngestLimits#maxPosts()} posts
     * @throws InvalidBodyException the body is not a JSON array / NDJSON
     * @throws IOException reading the body failed (the client went away, say)
     */
    public IngestOutcome ingest(InputStream body, BodyFormat format)
            throws IOException, InvalidBodyException, TooManyPostsException {
        List<IncomingRecord> records =
                reader.read(new BoundedInputStream(body, limits.maxRequestBytes()), format);
        List<Post> valid = new ArrayList<>(records.size());
        List<Integer> validIndex = new ArrayList<>(records.size());
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            IncomingRecord record = records.get(i);
            if (record.unreadable() != null) {
                rejections.add(new Rejection(i, null, List.of(record.unreadable())));
                continue;
            }
            ValidationResult result = validator.validate(record.json());
            if (result.valid()) {
                valid.add(result.post());
                validIndex.add(i);
            } else {
                rejections.add(new Rejection(i, record.id(), result.problems()));
            }
        }
        PublishResult published =
                valid.isEmpty() ? PublishResult.allPublished(0) : publisher.publish(valid);
        List<PublishFailure> failed = new ArrayList<>(published.failures().size());
        for (PublishResult.Failure f : published.failures()) {
            Post post = valid.get(f.position());
            failed.add(new PublishFailure(validIndex.get(f.position()), post.id(), f.reason()));
        }
        accepted.inc(published.published());
        rejected.inc(rejections.size());
        publishFailed.inc(failed.size());
        return new IngestOutcome(published.published(), rejections, failed);
    }
}
