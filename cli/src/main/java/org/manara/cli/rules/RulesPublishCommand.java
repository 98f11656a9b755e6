package org.manara.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.manara.cli.UserException;
import org.manara.model.Topics;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.rules.ApplyRules;
import org.manara.streamjobs.rules.RulesTopic;
import org.manara.streamjobs.rules.RulesTopicException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code manara rules publish DIR}: validates the directory exactly as {@code rules validate} does
 * and, only when it is valid, writes it to the compacted rules topic, from which running pipeline
 * jobs swap it in without a restart. An invalid directory prints the same {@code file:line:column:
 * error:} lines and exits 1 with nothing published; Kafka not answering is one line and exit 2.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description =
                "Validate a rules directory and publish it to the compacted Kafka topic the"
                        + " pipeline reads; running jobs switch to it without a restart.")
public final class RulesPublishCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "Rules directory (labels.yaml, counters.yaml, policies/, sets/).")
    Path dir;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            defaultValue = "${env:MANARA_KAFKA:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: $MANARA_KAFKA or 127.0.0.1:9092).")
    String bootstrapServers;

    @Option(
            names = "--topic",
            defaultValue = Topics.RULES,
            description = "The rules topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "How long to wait for Kafka (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new UserException("--timeout must be at least 1 second: " + timeoutSeconds);
        }
        RuleSource source = RulesDirectory.read(dir);
        LoadResult result = ApplyRules.loader().load(source);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!RulesValidateCommand.report(result, err)) {
            return 1;
        }
        err.flush();
        String version;
        try {
            version =
                    RulesTopic.publish(
                            bootstrapServers, topic, source, Duration.ofSeconds(timeoutSeconds));
        } catch (RulesTopicException e) {
            throw new UserException(e.getMessage(), e);
        }
        int rules = result.ruleSet().rules().size();
        out.println(
                "published "
                        + version
                        + " ("
                        + rules
                        + (rules == 1 ? " rule" : " rules")
                        + ") to "
                        + topic
                        + " at "
                        + bootstrapServers);
        out.flush();
        return 0;
    }
}
