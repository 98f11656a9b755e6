package org.manara.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostValidatorTest {
    private final PostValidator validator = new PostValidator();

    private ValidationResult validate(String json) {
        return validator.validate(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAMinimalPost() {
        ValidationResult r =
                validate(
                        "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hi\","
                                + "\"created_at\":\"2026-03-01T12:00:00+02:00\"}");
        assertThat(r.valid()).isTrue();
        assertThat(r.post().createdAt()).hasToString("2026-03-01T10:00:00Z");
        assertThat(r.post().urls()).isEmpty();
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        ValidationResult r =
                validate(
                        "{\"author\":{\"followers\":-3},\"created_at\":\"yesterday\","
                                + "\"urls\":\"x\",\"hashtags\":[1]}");
        assertThat(r.valid()).isFalse();
        assertThat(r.problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "id",
                        "author.id",
                        "author.followers",
                        "text",
                        "created_at",
                        "urls",
                        "hashtags[0]");
        assertThat(r.problems())
                .filteredOn(p -> p.field().equals("created_at"))
                .first()
                .extracting(Problem::reason)
                .asString()
                .contains("ISO-8601")
                .contains("yesterday");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json at all | $ | not valid JSON",
                "[1,2] | $ | expected a JSON object",
                "{\"id\":\"1\",\"author\":\"a\",\"text\":\"t\",\"created_at\":\"2026-01-01T00:00:00Z\"} | author | must be an object",
                "{\"id\":7,\"author\":{\"id\":\"a\"},\"text\":\"t\",\"created_at\":\"2026-01-01T00:00:00Z\"} | id | must be a string",
                "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"  \",\"created_at\":\"2026-01-01T00:00:00Z\"} | text | must not be blank",
                "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"bad \\ud800 x\",\"created_at\":\"2026-01-01T00:00:00Z\"} | text | unpaired surrogate",
                "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"bell \\u0007\",\"created_at\":\"2026-01-01T00:00:00Z\"} | text | control character U+0007",
                "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"t\",\"created_at\":1700000000} | created_at | ISO-8601",
            })
    void explainsEachKindOfProblem(String json, String field, String reason) {
        ValidationResult r = validate(json);
        assertThat(r.valid()).isFalse();
        assertThat(r.problems())
                .anySatisfy(
                        p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.reason()).contains(reason);
                        });
    }

    @Test
    void enforcesAConfigurableTextLimitInCodePoints() {
        String emoji = "😀".repeat(10);
        String json =
                "{\"id\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\""
                        + emoji
                        + "\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
        assertThat(new PostValidator(10).validate(json.getBytes(StandardCharsets.UTF_8)).valid())
                .isTrue();
        ValidationResult r = new PostValidator(9).validate(json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems())
                .containsExactly(new Problem("text", "is 10 characters long; the limit is 9"));
        assertThat(validator.maxTextLength()).isEqualTo(10_000);
    }

    @Test
    void keepsLineBreaksInTextButNotInIds() {
        ValidationResult r =
                validate(
                        "{\"id\":\"a\\nb\",\"author\":{\"id\":\"a\"},\"text\":\"line1\\nline2\","
                                + "\"created_at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(r.problems()).extracting(Problem::field).isEqualTo(List.of("id"));
    }

    @Test
    void emptyInputIsAProblemNotAnException() {
        assertThat(validator.validate(new byte[0]).problems())
                .containsExactly(new Problem("$", "empty record"));
    }
}
