package org.manara.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code manara rules}: work with rule files before they are published. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description =
                "Validate, test and publish rule directories (policies, sets, labels, counters).",
        subcommands = {
            RulesValidateCommand.class,
            RulesTestCommand.class,
            RulesPublishCommand.class
        })
public final class RulesCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing a command: validate, test or publish.");
    }
}
