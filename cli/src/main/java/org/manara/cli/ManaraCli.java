package org.manara.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code manara} command. Each subcommand lives in its own class and is listed here. */
@Command(
        name = "manara",
        mixinStandardHelpOptions = true,
        versionProvider = ManaraVersion.class,
        description = "Content moderation and influence monitoring: Kafka, Flink, Elasticsearch.",
        subcommands = {
            CommandLine.HelpCommand.class,
            org.manara.cli.demo.DemoCommand.class,
            org.manara.cli.ml.TrainCommand.class,
            org.manara.cli.ml.EvalCommand.class,
            org.manara.cli.rules.RulesCommand.class,
            org.manara.cli.bench.BenchCommand.class,
        })
public final class ManaraCli implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
    }

    /** Builds the command line with Manara's error handling: one readable line, exit 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ManaraCli());
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    if (ex instanceof UserException) {
                        commandLine.getErr().println("manara: " + ex.getMessage());
                        return 2;
                    }
                    throw ex;
                });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
