package org.manara.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manara.cli.CliRun;

/** Bad arguments fail fast with one readable line and a non-zero exit, before starting servers. */
class PipelineBenchArgsTest {

    @Test
    void postsAreRequired() {
        CliRun run = CliRun.of("bench", "pipeline", "--no-sink");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--posts=<posts>'");
    }

    @Test
    void postsMustBePositive() {
        assertRefused("manara: --posts must be between 1 and 100000000, was 0", "--posts", "0");
    }

    @Test
    void parallelismMustBeInRange() {
        assertRefused(
                "manara: --parallelism must be between 1 and 64, was 0",
                "--posts",
                "10",
                "--parallelism",
                "0");
    }

    @Test
    void rateMustBePositive() {
        assertRefused(
                "manara: --rate must be between 0 and 1000000 posts/s, was -5.0",
                "--posts",
                "10",
                "--rate",
                "-5");
    }

    @Test
    void warmUpMustLeaveTimedPosts() {
        assertRefused(
                "manara: --warm-up-posts must be between 0 and --posts - 1 (9), was 10",
                "--posts",
                "10",
                "--warm-up-posts",
                "10");
    }

    @Test
    void pacedSecondsMustNotBeNegative() {
        assertRefused(
                "manara: --paced-seconds must be between 0 and 3600, was -1",
                "--posts",
                "10",
                "--paced-seconds",
                "-1");
    }

    @Test
    void nonNumbersAreRefusedByTheParser() {
        CliRun run = CliRun.of("bench", "pipeline", "--posts", "many");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--posts': 'many' is not a long");
    }

    @Test
    void benchWithoutASubcommandNamesIt() {
        CliRun run = CliRun.of("bench");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing a command: pipeline.");
    }

    private static void assertRefused(String message, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "bench";
        args[1] = "pipeline";
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(message);
        assertThat(run.out()).isEmpty();
    }
}
