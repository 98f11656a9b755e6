package org.manara.cli.ml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.cli.CliRun;
import org.manara.model.Json;

class EvalCommandTest {
    @TempDir Path dir;

    private Path labelled() throws IOException {
        Path f = dir.resolve("posts.tsv");
        Files.writeString(
                f,
                "id\ttext\tkind\n"
                        + "1\tWINNER! You have won a £1000 cash prize, call 09061701461 now\tjunk\n"
                        + "2\tsee you at lunch tomorrow\tok\n"
                        + "3\tFREE entry to win cash, txt WIN to 80086\tjunk\n"
                        + "4\tthe meeting moved to monday\tok\n");
        return f;
    }

    @Test
    void unknownTaskIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("eval", "sarcasm", "--dataset", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("manara: unknown task 'sarcasm'; known tasks: [spam, offensive, hate]");
    }

    @Test
    void needsExactlyOneSource() {
        assertThat(CliRun.of("eval", "spam").err())
                .contains("manara: give exactly one of --dataset");
        CliRun both = CliRun.of("eval", "spam", "--dataset", dir.toString(), "--csv", "x.csv");
        assertThat(both.exit()).isEqualTo(2);
    }

    @Test
    void missingDatasetFolder() {
        CliRun r = CliRun.of("eval", "spam", "--dataset", dir.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("manara: no such dataset folder:");
    }

    @Test
    void unknownFolderHasNoProtocol() throws IOException {
        Files.createDirectories(dir.resolve("mystery"));
        CliRun r = CliRun.of("eval", "spam", "--dataset", dir.resolve("mystery").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no known protocol or test set for task 'spam'");
    }

    @Test
    void csvErrorsNameTheProblem() throws IOException {
        Path f = labelled();
        CliRun missing =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        dir.resolve("none.csv").toString(),
                        "--text-col",
                        "a",
                        "--label-col",
                        "b");
        assertThat(missing.err().strip()).startsWith("manara: no such file:");
        CliRun noCols = CliRun.of("eval", "spam", "--csv", f.toString());
        assertThat(noCols.err()).contains("--csv needs --text-col C and --label-col L");
        CliRun badCol =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        f.toString(),
                        "--delimiter",
                        "tab",
                        "--text-col",
                        "body",
                        "--label-col",
                        "kind");
        assertThat(badCol.exit()).isEqualTo(2);
        assertThat(badCol.err()).contains("no column 'body'");
        CliRun labels =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        f.toString(),
                        "--delimiter",
                        "tab",
                        "--text-col",
                        "text",
                        "--label-col",
                        "kind");
        assertThat(labels.err()).contains("pass --positive V");
        CliRun delim =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        f.toString(),
                        "--delimiter",
                        "||",
                        "--text-col",
                        "text",
                        "--label-col",
                        "kind");
        assertThat(delim.err()).contains("--delimiter must be one character");
        for (CliRun r : new CliRun[] {missing, noCols, labels, delim}) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
        }
    }

    @Test
    void scoresALabelledFileWithTheShippedModelAsJson() throws IOException {
        CliRun r =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        labelled().toString(),
                        "--delimiter",
                        "tab",
                        "--text-col",
                        "text",
                        "--label-col",
                        "kind",
                        "--positive",
                        "junk",
                        "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("task").asText()).isEqualTo("spam");
        assertThat(j.get("n").asInt()).isEqualTo(4);
        assertThat(j.get("metrics").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(j.get("metrics").get("per_class").get("spam").get("support").asInt())
                .isEqualTo(2);
        assertThat(j.has("baseline")).isTrue();
        assertThat(j.get("metrics").fieldNames())
                .toIterable()
                .containsExactly("accuracy", "macro_f1", "weighted_f1", "mcc", "per_class");
    }

    @Test
    void trainRejectsAFolderThatIsNotTheTasksData() throws IOException {
        CliRun r =
                CliRun.of(
                        "train",
                        "spam",
                        "--dataset",
                        dir.toString(),
                        "--out",
                        dir.resolve("m.model").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not the sms_spam folder");
        CliRun p =
                CliRun.of(
                        "train",
                        "hate",
                        "--dataset",
                        dir.toString(),
                        "--out",
                        dir.resolve("m.model").toString());
        assertThat(p.err()).contains("--dataset must be the shared datasets folder");
        CliRun out =
                CliRun.of(
                        "train",
                        "spam",
                        "--dataset",
                        dir.toString(),
                        "--out",
                        dir.resolve("no/such/m.model").toString());
        assertThat(out.err()).contains("no such output folder");
    }

    @Test
    void badModelFileIsAUserError() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.model"), "nope");
        CliRun r =
                CliRun.of(
                        "eval",
                        "spam",
                        "--csv",
                        labelled().toString(),
                        "--delimiter",
                        "tab",
                        "--text-col",
                        "text",
                        "--label-col",
                        "kind",
                        "--positive",
                        "junk",
                        "--model",
                        junk.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a Manara model");
    }
}
