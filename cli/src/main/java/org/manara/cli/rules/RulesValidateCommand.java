package org.manara.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.format.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code manara rules validate [DIR]}: checks YAML structure, fields, ids, labels, sets, counters,
 * CEL syntax and types, and runs the embedded tests. Prints every problem as {@code
 * file:line:column: error: reason} and exits 1, or prints one summary line and exits 0.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check a rules directory (default: the built-in pack). Prints every error with"
                        + " file:line:column, or one summary line.")
public final class RulesValidateCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "Rules directory (labels.yaml, counters.yaml, policies/, sets/).")
    Path dir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult result = RulesDirectory.load(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!report(result, err)) {
            return 1;
        }
        out.println(result.counts() + ": OK");
        out.flush();
        err.flush();
        return 0;
    }

    /**
     * Prints every diagnostic to {@code err} and, when the set is invalid, the summary line {@code
     * N rules, M sets, K counters: E errors}; returns whether it is valid. {@code rules publish}
     * uses it too, so it refuses exactly what {@code validate} rejects, with the same lines.
     */
    static boolean report(LoadResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        if (!result.ok()) {
            int n = result.errors().size();
            err.println(result.counts() + ": " + n + (n == 1 ? " error" : " errors"));
            err.flush();
            return false;
        }
        return true;
    }
}
