package org.manara.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.cli.CliRun;

class RulesPublishCommandTest {

    /** A loopback address nothing listens on. */
    private static String closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void anInvalidDirectoryIsRefusedLikeValidateWithoutTouchingKafka(@TempDir Path tmp)
            throws Exception {
        Path dir = RuleDirs.rulesDir(tmp, RuleDirs.INVALID_RULE);
        // Kafka is unreachable: reaching it would exit 2, so exit 1 shows it was never tried.
        CliRun r =
                CliRun.of("rules", "publish", dir.toString(), "--bootstrap-servers", closedPort());
        CliRun validate = CliRun.of("rules", "validate", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        "policies/spam.yaml:2:5: warning: rule 'spam.score' has no tests",
                        "policies/spam.yaml:4:16: error: rule 'spam.score': CEL type error: post"
                                + " has no field 'txt'; did you mean 'text'?",
                        "1 rules, 0 sets, 0 counters: 1 error");
        assertThat(r.errLines()).isEqualTo(validate.errLines());
    }

    @Test
    void anUnreachableBrokerIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        Path dir = RuleDirs.rulesDir(tmp, RuleDirs.VALID_RULE);
        String bootstrap = closedPort();
        CliRun r =
                CliRun.of(
                        "rules",
                        "publish",
                        dir.toString(),
                        "--bootstrap-servers",
                        bootstrap,
                        "--timeout",
                        "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        "policies/spam.yaml:2:5: warning: rule 'spam.score' has no tests",
                        "manara: Kafka at " + bootstrap + " is unreachable (no answer within 1 s)");
    }

    @Test
    void theRulesHelpListsPublish() {
        CliRun r = CliRun.of("rules", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("publish", "Validate a rules directory and publish it");
    }

    @Test
    void aDirectoryIsRequired() {
        CliRun r = CliRun.of("rules", "publish");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'DIR'");
    }
}
