package org.manara.cli.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.manara.cli.CliRun;
import org.manara.model.Json;

/** {@code manara eval spam --dataset .../sms_spam --json} end to end, with issue 3's targets. */
class EvalSpamIT {

    @Test
    void printsThePaperProtocolResultAsOneJsonObject() throws Exception {
        Path dir =
                Path.of(System.getProperty("manara.datasets", "../../shared/datasets"), "sms_spam");
        assumeTrue(Files.isDirectory(dir), "shared dataset " + dir + " is absent; skipping");
        CliRun r = CliRun.of("eval", "spam", "--dataset", dir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("dataset").asText()).isEqualTo("sms_spam");
        assertThat(j.get("protocol").asText()).contains("5-fold");
        assertThat(j.get("n").asInt()).isEqualTo(5574);
        JsonNode m = j.get("metrics");
        assertThat(m.get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.985);
        assertThat(m.get("per_class").get("spam").get("f1").asDouble())
                .isGreaterThanOrEqualTo(0.94);
        assertThat(m.get("mcc").asDouble()).isGreaterThan(j.get("baseline").get("mcc").asDouble());
    }
}
