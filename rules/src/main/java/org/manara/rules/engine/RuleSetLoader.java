package org.manara.rules.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.engine.internal.CelEnvironment;
import org.manara.rules.engine.internal.CompiledRule;
import org.manara.rules.engine.internal.NamedSet;
import org.manara.rules.engine.internal.NamedSets;
import org.manara.rules.engine.internal.RuleCompiler;
import org.manara.rules.engine.internal.SetFunctions;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.PolicyPack;
import org.manara.rules.format.PolicyPackReader;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleSource;
import org.manara.rules.format.SetDefinition;

/**
 * Loads and validates rule sets: reads the files ({@link PolicyPackReader}), builds the named sets,
 * compiles and type-checks every rule, runs every embedded test, and returns the set only when
 * nothing is wrong. Validation and loading are the same operation, so a set that validates is
 * exactly a set that loads.
 *
 * <p>Warnings (the set still loads): a rule that has expired, a rule without tests, a set no rule
 * uses, an empty set.
 */
public final class RuleSetLoader {
    private final TextNormalizer normalizer;
    private final Clock clock;

    /**
     * @param normalizer folds post text and word-set items alike; the pipeline passes the
     *     classifiers' normaliser so rules match what the classifiers see
     * @param clock decides which rules have expired
     */
    public RuleSetLoader(TextNormalizer normalizer, Clock clock) {
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** A loader with {@link BasicTextNormalizer} and the UTC system clock. */
    public static RuleSetLoader standard() {
        return new RuleSetLoader(TextNormalizer.basic(), Clock.systemUTC());
    }

    public LoadResult load(Path dir) {
        return load(RuleSource.fromDirectory(dir));
    }

    /** The default policy pack packaged in this jar. */
    public LoadResult loadDefaultPack() {
        return load(RuleSource.defaultPack());
    }

    public LoadResult load(RuleSource source) {
        PolicyPackReader.Result read = PolicyPackReader.read(source);
        PolicyPack pack = read.pack();
        List<Diagnostic> diags = new ArrayList<>(read.diagnostics());
        Map<String, NamedSet> sets = NamedSets.build(pack.sets(), normalizer, diags);
        List<String> counterNames = pack.counters().stream().map(CounterSpec::name).toList();
        SetFunctions functions = new SetFunctions(sets, normalizer);
        CelEnvironment env = new CelEnvironment(counterNames, functions);
        RuleCompiler compiler = new RuleCompiler(env, functions, sets, counterNames, diags);
        List<CompiledRule> compiled = new ArrayList<>();
        Instant now = clock.instant();
        for (RuleDefinition rule : pack.rules()) {
            compiler.compile(rule).ifPresent(compiled::add);
            if (rule.expiredAt(now)) {
                diags.add(
                        rule.at()
                                .warning(
                                        "rule '"
                                                + rule.id()
                                                + "' expired "
                                                + describe(rule.expires())
                                                + " and no longer fires; remove it or move"
                                                + " 'expires'"));
            }
            if (rule.tests().isEmpty()) {
                diags.add(rule.at().warning("rule '" + rule.id() + "' has no tests"));
            }
        }
        for (SetDefinition s : pack.sets()) {
            if (!compiler.usedSets().contains(s.name())) {
                diags.add(s.at().warning("set '" + s.name() + "' is not used by any rule"));
            }
        }
        RuleSet candidate = new RuleSet(pack, compiled, normalizer, functions, clock);
        RuleTestReport tests = RuleTestRunner.run(candidate);
        for (RuleTestResult r : tests.results()) {
            if (!r.passed()) {
                diags.add(LoadResult.testFailure(r));
            }
        }
        boolean valid = diags.stream().noneMatch(Diagnostic::isError);
        return new LoadResult(valid ? candidate : null, pack, diags, tests);
    }

    /** A date given as {@code expires: 2026-03-31} ends at midnight after that day. */
    private static String describe(Instant expires) {
        if (expires.getEpochSecond() % 86400 == 0) {
            return "at the end of " + expires.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return "at " + expires;
    }

    /** Every problem of a rules directory's files; empty of errors when it would load. */
    public List<Diagnostic> validate(RuleSource source) {
        return load(source).diagnostics();
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    public Clock clock() {
        return clock;
    }
}
