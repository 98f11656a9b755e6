package org.manara.rules.engine.internal;

import dev.cel.runtime.CelRuntime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.manara.rules.format.RuleDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule compiled once at load: its CEL program, its prefilter, and counters of hits and run-time
 * errors. A rule that fails at run time (a missing field, a bad regex argument) does not match that
 * post; the failure is counted, and logged once per loaded rule set with the rule's id.
 */
public final class CompiledRule {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRule.class);
    private static final int MAX_LOGGED_MESSAGE = 300;

    private final RuleDefinition definition;
    private final Instant expires;
    private final CelRuntime.Program program;
    private final Prefilter prefilter;
    private final LongAdder hits = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicBoolean logged = new AtomicBoolean();

    public CompiledRule(
            RuleDefinition definition, CelRuntime.Program program, Prefilter prefilter) {
        this.definition = definition;
        this.expires = definition.expires();
        this.program = program;
        this.prefilter = prefilter;
    }

    public RuleDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    public Prefilter prefilter() {
        return prefilter;
    }

    public boolean activeAt(Instant now) {
        return expires == null || !expires.isBefore(now);
    }

    /**
     * What the prefilter decides for {@code input}: {@code Boolean.TRUE} or {@code FALSE} when it
     * settles the condition exactly as CEL would (the program then need not run), or {@link
     * Prefilter#UNKNOWN}, when only the program can tell.
     */
    public Object decide(InputView input) {
        Object v = prefilter.evaluate(input);
        if (v == Boolean.TRUE) {
            hits.increment();
        }
        return v;
    }

    /** Runs the program; a run-time failure counts as no match and is recorded. */
    public boolean matches(Variables variables) {
        try {
            boolean m = Boolean.TRUE.equals(program.eval(variables));
            if (m) {
                hits.increment();
            }
            return m;
        } catch (Exception e) {
            recordError(e);
            return false;
        }
    }

    /** Runs the program and lets a failure through, for rule tests that report it. */
    public boolean matchesOrThrow(Variables variables) throws Exception {
        return Boolean.TRUE.equals(program.eval(variables));
    }

    private void recordError(Exception e) {
        errors.increment();
        if (logged.compareAndSet(false, true)) {
            LOG.warn(
                    "rule {} failed at run time and did not match; further failures of this rule"
                            + " are counted, not logged: {}",
                    definition.id(),
                    abbreviate(String.valueOf(e.getMessage())));
        }
    }

    /** CEL puts argument values in its messages; a post's full text has no place in a log. */
    static String abbreviate(String s) {
        return s.length() <= MAX_LOGGED_MESSAGE ? s : s.substring(0, MAX_LOGGED_MESSAGE) + "...";
    }

    public long hits() {
        return hits.sum();
    }

    public long errors() {
        return errors.sum();
    }
}
