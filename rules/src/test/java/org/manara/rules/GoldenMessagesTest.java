package org.manara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.format.Diagnostic;

/**
 * Golden files pin every validation message: each directory under {@code golden/} is a rules
 * directory with mistakes, and {@code golden/<name>.expected} is exactly what validating it reports
 * (diagnostics in file order, then the summary line), with the clock at {@link Packs#NOW}. A change
 * of wording or position shows up here as a diff to review.
 */
class GoldenMessagesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(GoldenMessagesTest.class.getResource("/golden").toURI());
    }

    /** What {@code manara rules validate} reports for a directory, one line per entry. */
    static List<String> report(LoadResult r) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            lines.add(d.format());
        }
        int errors = r.errors().size();
        lines.add(
                r.ok()
                        ? r.counts() + ": OK"
                        : r.counts() + ": " + errors + (errors == 1 ? " error" : " errors"));
        return lines;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void messagesMatchTheGoldenFile(String name) throws Exception {
        LoadResult result = Packs.loader().load(root().resolve(name));
        List<String> expected =
                Files.readAllLines(root().resolve(name + ".expected"), StandardCharsets.UTF_8);
        assertThat(report(result)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyErrorNamesAFile(String name) throws Exception {
        LoadResult result = Packs.loader().load(root().resolve(name));
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.file()).isNotEmpty());
        assertThat(result.errors().stream().filter(d -> d.file().startsWith("policies/")))
                .allSatisfy(d -> assertThat(d.line()).isPositive());
    }
}
