package org.manara.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.manara.cli.CliRun;
import org.manara.model.Json;

/**
 * A small real run: Kafka child process, the moderation job on a MiniCluster, the discarding sink,
 * and exactly one JSON object on stdout with the documented fields.
 */
class PipelineBenchIT {

    @Test
    void smallRunWithoutSinkPrintsOneJsonObject() throws Exception {
        CliRun run =
                CliRun.of(
                        "bench",
                        "pipeline",
                        "--posts",
                        "300",
                        "--no-sink",
                        "--json",
                        "--parallelism",
                        "1",
                        "--rate",
                        "100",
                        "--paced-seconds",
                        "2");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(run.out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(json.get("posts").asLong()).isEqualTo(300);
        assertThat(json.get("seconds").asDouble()).isPositive();
        // By default the first quarter is the warm-up, left out of the timed rate.
        assertThat(json.get("warm_up_posts").asLong()).isEqualTo(75);
        assertRate(json.get("posts_per_sec").asDouble(), 225, json.get("seconds").asDouble());
        assertThat(json.get("cold_seconds").asDouble())
                .isGreaterThanOrEqualTo(json.get("seconds").asDouble());
        assertRate(
                json.get("cold_posts_per_sec").asDouble(),
                300,
                json.get("cold_seconds").asDouble());
        JsonNode latency = json.get("latency_ms");
        assertThat(latency.get("p50").asDouble()).isPositive();
        assertThat(latency.get("p99").asDouble())
                .isGreaterThanOrEqualTo(latency.get("p50").asDouble());
        assertThat(json.get("latency_phase").asText()).isEqualTo("paced");
        assertThat(json.get("sink").asText()).isEqualTo("none");
        // Two seconds at 100 posts/s, each timed once; the warm-up is not timed.
        assertThat(json.at("/paced/timed_posts").asLong()).isBetween(150L, 210L);
        // CPU after the warm-up: the job's JVM and the broker, no node without a sink.
        JsonNode cpu = json.get("cpu");
        assertThat(cpu.get("posts").asLong()).isBetween(1L, 225L);
        assertThat(cpu.get("job_ms").asLong()).isPositive();
        assertThat(cpu.get("kafka_ms").asLong()).isNotNegative();
        assertThat(cpu.has("elasticsearch_ms")).isFalse();
        assertThat(cpu.get("total_ms").asLong())
                .isEqualTo(cpu.get("job_ms").asLong() + cpu.get("kafka_ms").asLong());
        assertThat(cpu.get("us_per_post").asDouble())
                .isCloseTo(
                        cpu.get("total_ms").asDouble() * 1000 / cpu.get("posts").asDouble(),
                        org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(json.get("tasks")).isNotEmpty();
        assertThat(json.get("tasks").get(0).get("busy_ms").asLong()).isNotNegative();
    }

    /**
     * {@code rate} is {@code posts / seconds} as far as the JSON's rounding allows: seconds to the
     * millisecond, rates to the hundredth.
     */
    private static void assertRate(double rate, long posts, double seconds) {
        assertThat(seconds).isGreaterThan(0.0005);
        assertThat(rate)
                .isBetween(posts / (seconds + 0.0005) - 0.005, posts / (seconds - 0.0005) + 0.005);
    }
}
