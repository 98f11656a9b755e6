package org.manara.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code manara bench}: measurements of the running system on this machine. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark Manara on this machine.",
        subcommands = {PipelineBenchCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing a command: pipeline.");
    }
}
