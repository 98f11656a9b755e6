package org.manara.cli.rules;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.manara.cli.UserException;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.rules.ApplyRules;

/** The rules a command works on: a directory, or the packaged default pack when none is given. */
final class RulesDirectory {

    /** {@link #read} compiled with the job's loader, so the CLI accepts what the job accepts. */
    static LoadResult load(Path dir) {
        return ApplyRules.loader().load(read(dir));
    }

    static RuleSource read(Path dir) {
        if (dir == null) {
            return RuleSource.defaultPack();
        }
        if (!Files.isDirectory(dir)) {
            throw new UserException("not a directory: " + dir);
        }
        try {
            RuleSource source = RuleSource.fromDirectory(dir);
            if (source.files().isEmpty()) {
                throw new UserException(
                        "no rule files in "
                                + dir
                                + " (expected labels.yaml, counters.yaml, caps.yaml, policies/,"
                                + " sets/)");
            }
            return source;
        } catch (UncheckedIOException e) {
            throw new UserException("cannot read " + dir + ": " + e.getCause().getMessage(), e);
        }
    }

    private RulesDirectory() {}
}
