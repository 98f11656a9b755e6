package org.manara.streamjobs.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.manara.model.DeadLetter;
import org.manara.model.Post;
import org.manara.model.PostValidator;
import org.manara.model.Problem;
import org.manara.model.ValidationResult;
import org.manara.streamjobs.serde.RawPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and validates each raw record. Valid posts go to the main output; anything else (not JSON,
 * not UTF-8, empty, missing fields, too long) goes to {@link #DEAD_LETTERS} with every problem
 * found. Never throws on input: a poison pill must not restart the job.
 */
public final class ValidatePostFunction extends ProcessFunction<RawPost, Post> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ValidatePostFunction.class);

    /** Most problems kept in one dead letter; the rest are summarised in one extra problem. */
    static final int MAX_PROBLEMS = 100;

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private final int maxTextLength;
    private final int maxRawBytes;
    private final Clock clock;

    private transient PostValidator validator;
    private transient Counter in;
    private transient Counter valid;
    private transient Counter deadLettered;

    public ValidatePostFunction(int maxTextLength, int maxRawBytes, Clock clock) {
        if (maxRawBytes < 1) {
            throw new IllegalArgumentException("maxRawBytes must be positive: " + maxRawBytes);
        }
        this.maxTextLength = maxTextLength;
        this.maxRawBytes = maxRawBytes;
        this.clock = clock;
        new PostValidator(maxTextLength); // fail fast on a bad limit, at job build time
    }

    @Override
    public void open(OpenContext openContext) {
        validator = new PostValidator(maxTextLength);
        in = getRuntimeContext().getMetricGroup().counter("postsIn");
        valid = getRuntimeContext().getMetricGroup().counter("postsValid");
        deadLettered = getRuntimeContext().getMetricGroup().counter("postsDeadLettered");
    }

    @Override
    public void processElement(RawPost raw, Context ctx, Collector<Post> out) {
        in.inc();
        ValidationResult result;
        try {
            result = validator.validate(raw.value());
        } catch (RuntimeException e) {
            // The validator is meant to report, not throw; if it ever does, keep the record.
            LOG.warn("validator failed on record {}: {}", raw.source(), e.toString());
            result =
                    ValidationResult.invalid(
                            List.of(new Problem("$", "could not be validated: " + e)));
        }
        if (result.valid()) {
            valid.inc();
            out.collect(result.post());
            return;
        }
        deadLettered.inc();
        ctx.output(DEAD_LETTERS, deadLetter(raw, result.problems()));
    }

    /** The dead letter for a raw record, cut to the configured size and problem count. */
    DeadLetter deadLetter(RawPost raw, List<Problem> problems) {
        List<Problem> kept =
                new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        if (problems.size() > MAX_PROBLEMS) {
            kept.add(
                    new Problem(
                            "$", (problems.size() - MAX_PROBLEMS) + " more problems not listed"));
        }
        byte[] bytes = raw.value();
        if (bytes.length > maxRawBytes) {
            kept.add(
                    new Problem(
                            "$",
                            "record is "
                                    + bytes.length
                                    + " bytes; this dead letter keeps the first "
                                    + maxRawBytes));
            bytes = Arrays.copyOf(bytes, maxRawBytes);
        }
        return DeadLetter.of(bytes, kept, raw.source(), clock.instant());
    }
}
