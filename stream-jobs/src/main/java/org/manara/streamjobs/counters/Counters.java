package org.manara.streamjobs.counters;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.PolicyPackReader;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.manara.streamjobs.pipeline.Uids;

/**
 * Gives posts the values of the counters declared in {@code counters.yaml}, computed as Flink keyed
 * state:
 *
 * <pre>
 * posts ─► counter keys ─(requests, keyed by counter key)─► counter state ─(results)─┐
 *              └──────────────(post + number of requests)───────────────────────► counter join ─► posts with counters
 * </pre>
 *
 * The counters are fixed when the job graph is built; a rule set published later reads the counters
 * of the job (a counter it names that the job does not keep reads 0).
 */
public final class Counters {

    /** How long the join waits for a post's counter results before letting it go without. */
    public static final Duration JOIN_TIMEOUT = Duration.ofMinutes(10);

    /**
     * {@code posts} with {@link EnrichedPost#counters()} holding every counter of {@code specs}:
     * within its window, the number of posts (or distinct values) under the post's key, counting
     * the post itself; the largest over the post's keys (several URLs or hashtags, the fingerprint
     * band keys); 0 when the post has no key for it (no URL, say). Operators use the uids {@link
     * Uids#COUNTER_KEYS}, {@link Uids#COUNTER_STATE} and {@link Uids#COUNTER_JOIN}. With no specs,
     * {@code posts} is returned as it is.
     */
    public static DataStream<EnrichedPost> attach(
            DataStream<EnrichedPost> posts, List<CounterSpec> specs) {
        if (specs.isEmpty()) {
            return posts;
        }
        CounterPlan plan = CounterPlan.of(specs);
        SingleOutputStreamOperator<CounterRequest> requests =
                posts.process(new CounterKeysFunction(plan))
                        .returns(TypeInformation.of(CounterRequest.class))
                        .name("counter-keys")
                        .uid(Uids.COUNTER_KEYS);
        DataStream<PendingPost> pending = requests.getSideOutput(CounterKeysFunction.PENDING);
        DataStream<CounterResult> results =
                requests.keyBy(CounterRequest::key)
                        .process(new CounterStateFunction(plan))
                        .returns(TypeInformation.of(CounterResult.class))
                        .name("counter-state")
                        .uid(Uids.COUNTER_STATE);
        return pending.connect(results)
                .keyBy(p -> p.post().traceId(), CounterResult::traceId)
                .process(new CounterJoinFunction(plan, JOIN_TIMEOUT))
                .returns(TypeInformation.of(EnrichedPost.class))
                .name("counter-join")
                .uid(Uids.COUNTER_JOIN);
    }

    /** The counters of the packaged default rule pack (reads its YAML; compiles no rule). */
    public static List<CounterSpec> defaultSpecs() {
        return specs(RuleSource.defaultPack());
    }

    /**
     * The counters declared in {@code source}'s {@code counters.yaml}; only the YAML is read, no
     * rule is compiled.
     *
     * @throws IllegalArgumentException listing the problems when {@code counters.yaml} is invalid
     */
    public static List<CounterSpec> specs(RuleSource source) {
        PolicyPackReader.Result read = PolicyPackReader.read(source);
        List<Diagnostic> errors =
                read.diagnostics().stream()
                        .filter(d -> d.isError() && "counters.yaml".equals(d.file()))
                        .toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(
                    "invalid counters.yaml: "
                            + errors.stream()
                                    .map(Diagnostic::format)
                                    .collect(Collectors.joining("; ")));
        }
        return read.pack().counters();
    }

    private Counters() {}
}
