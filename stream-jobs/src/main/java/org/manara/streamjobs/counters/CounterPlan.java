package org.manara.streamjobs.counters;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.manara.model.Post;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.engine.AuthorFacts;
import org.manara.rules.engine.CounterKeys;
import org.manara.rules.engine.PostFacts;
import org.manara.streamjobs.pipeline.EnrichedPost;

/**
 * The counters of a job, grouped by (key field, window) so that counters over the same key and
 * window share state, and how a post turns into counter requests. Serialisable: every counter
 * operator holds the same plan, and groups are addressed by their index in it.
 */
public final class CounterPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> names;
    private final List<CounterGroup> groups;

    private CounterPlan(List<String> names, List<CounterGroup> groups) {
        this.names = List.copyOf(names);
        this.groups = List.copyOf(groups);
    }

    /** The plan for {@code specs}; names must be unique (the rules parser checks it). */
    public static CounterPlan of(List<CounterSpec> specs) {
        List<String> names = new ArrayList<>();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            CounterSpec spec = specs.get(i);
            if (names.contains(spec.name())) {
                throw new IllegalArgumentException("duplicate counter '" + spec.name() + "'");
            }
            names.add(spec.name());
            members.computeIfAbsent(
                            CounterGroup.idOf(spec.key(), spec.window()), k -> new ArrayList<>())
                    .add(i);
        }
        List<CounterGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            CounterSpec first = specs.get(e.getValue().get(0));
            List<CounterKey> measures = new ArrayList<>();
            Set<CounterKey> fields = new LinkedHashSet<>();
            for (int i : e.getValue()) {
                CounterKey distinct = specs.get(i).distinct();
                measures.add(distinct);
                if (distinct != null) {
                    fields.add(distinct);
                }
            }
            groups.add(
                    new CounterGroup(
                            e.getKey(),
                            first.key(),
                            first.window(),
                            List.copyOf(e.getValue()),
                            // measures holds nulls (counters of posts), which List.copyOf refuses
                            Collections.unmodifiableList(measures),
                            List.copyOf(fields)));
        }
        return new CounterPlan(names, groups);
    }

    /** The counter names, in declaration order; values arrays are indexed alike. */
    public List<String> names() {
        return names;
    }

    List<CounterGroup> groups() {
        return groups;
    }

    CounterGroup group(int index) {
        return groups.get(index);
    }

    /**
     * One request per group and distinct key value of {@code post} (a post naming a URL twice
     * counts once under it). {@code fallbackMillis} stands in for a missing {@code created_at}.
     */
    public List<CounterRequest> requests(EnrichedPost enriched, long fallbackMillis) {
        Post post = enriched.post();
        long time = post.createdAt() == null ? fallbackMillis : post.createdAt().toEpochMilli();
        // Only urls, domains and hashtags are read: the text need not be normalised again.
        PostFacts facts = PostFacts.from(post, text -> "");
        AuthorFacts author = AuthorFacts.from(post.author(), post.createdAt());
        List<String> fingerprints =
                CounterKeys.fingerprintKeys(enriched.lshBands(CounterKeys.FINGERPRINT_BANDS));
        List<CounterRequest> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            CounterGroup group = groups.get(g);
            Set<String> keys = new LinkedHashSet<>();
            for (String k : CounterKeys.of(group.key(), facts, author, fingerprints)) {
                if (k != null && !k.isEmpty()) {
                    keys.add(k);
                }
            }
            if (keys.isEmpty()) {
                continue;
            }
            List<DistinctValue> distinct = new ArrayList<>();
            for (int f = 0; f < group.fields().size(); f++) {
                for (String v :
                        CounterKeys.distinctValues(
                                group.fields().get(f), facts, author, fingerprints)) {
                    distinct.add(new DistinctValue(f, v));
                }
            }
            for (String k : keys) {
                out.add(
                        new CounterRequest(
                                group.id() + "|" + k, g, time, distinct, enriched.traceId()));
            }
        }
        return out;
    }

    /** Every counter by name, with {@code values} in {@link #names()} order. */
    public Map<String, Long> valuesByName(long[] values) {
        Map<String, Long> out = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), values[i]);
        }
        return out;
    }
}
