package org.manara.streamjobs.options;

import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.MemorySize;
import org.manara.model.Indices;

/** Typed options for the Elasticsearch sink: where, who, and how hard to push. */
public final class ElasticsearchOptions {

    public static final ConfigOption<List<String>> HOSTS =
            ConfigOptions.key("elasticsearch.hosts")
                    .stringType()
                    .asList()
                    .defaultValues("http://localhost:9200")
                    .withDescription(
                            "Elasticsearch HTTP endpoints, separated by ';'"
                                    + " (e.g. http://es1:9200;https://es2:9200).");

    public static final ConfigOption<String> USERNAME =
            ConfigOptions.key("elasticsearch.username")
                    .stringType()
                    .noDefaultValue()
                    .withDescription("Basic-auth user name (with elasticsearch.password).");

    public static final ConfigOption<String> PASSWORD =
            ConfigOptions.key("elasticsearch.password")
                    .stringType()
                    .noDefaultValue()
                    .withDescription("Basic-auth password. Never logged.");

    public static final ConfigOption<String> API_KEY =
            ConfigOptions.key("elasticsearch.api-key")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "Encoded API key sent as 'Authorization: ApiKey ...'; takes"
                                    + " precedence over basic auth. Never logged.");

    public static final ConfigOption<Integer> BULK_MAX_ACTIONS =
            ConfigOptions.key("elasticsearch.bulk.max-actions")
                    .intType()
                    .defaultValue(1000)
                    .withDescription("Most documents in one bulk request.");

    public static final ConfigOption<MemorySize> BULK_MAX_SIZE =
            ConfigOptions.key("elasticsearch.bulk.max-size")
                    .memoryType()
                    .defaultValue(MemorySize.parse("8mb"))
                    .withDescription(
                            "Most bytes in one bulk request; also the largest document accepted.");

    public static final ConfigOption<Duration> BULK_FLUSH_INTERVAL =
            ConfigOptions.key("elasticsearch.bulk.flush-interval")
                    .durationType()
                    .defaultValue(Duration.ofMillis(500))
                    .withDescription("Longest a document waits in the buffer before a flush.");

    public static final ConfigOption<Integer> BULK_MAX_IN_FLIGHT =
            ConfigOptions.key("elasticsearch.bulk.max-in-flight")
                    .intType()
                    .defaultValue(2)
                    .withDescription("Most concurrent bulk requests per sink subtask.");

    public static final ConfigOption<Integer> BULK_MAX_BUFFERED =
            ConfigOptions.key("elasticsearch.bulk.max-buffered")
                    .intType()
                    .defaultValue(10_000)
                    .withDescription(
                            "Documents buffered per subtask before the sink back-pressures;"
                                    + " must exceed max-actions.");

    public static final ConfigOption<Duration> RETRY_INITIAL_BACKOFF =
            ConfigOptions.key("elasticsearch.retry.initial-backoff")
                    .durationType()
                    .defaultValue(Duration.ofMillis(100))
                    .withDescription("First delay before retrying a failed bulk request or item.");

    public static final ConfigOption<Duration> RETRY_MAX_BACKOFF =
            ConfigOptions.key("elasticsearch.retry.max-backoff")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(10))
                    .withDescription(
                            "Cap on the exponential retry delay. Retries never stop: an"
                                    + " unreachable cluster back-pressures the job.");

    public static final ConfigOption<Duration> REQUEST_TIMEOUT =
            ConfigOptions.key("elasticsearch.request-timeout")
                    .durationType()
                    .defaultValue(Duration.ofSeconds(30))
                    .withDescription("Socket timeout of one HTTP request; a timeout is retried.");

    public static final ConfigOption<String> POSTS_ALIAS =
            ConfigOptions.key("elasticsearch.posts-alias")
                    .stringType()
                    .defaultValue(Indices.POSTS_ALIAS)
                    .withDescription(
                            "Alias of the daily posts indices; also their name prefix"
                                    + " (<alias>-yyyy.MM.dd), the template's pattern (<alias>-*)"
                                    + " and name (<alias>-template).");

    public static final ConfigOption<Integer> INDEX_SHARDS =
            ConfigOptions.key("elasticsearch.index.shards")
                    .intType()
                    .defaultValue(1)
                    .withDescription("Primary shards of each daily posts index (template).");

    public static final ConfigOption<Integer> INDEX_REPLICAS =
            ConfigOptions.key("elasticsearch.index.replicas")
                    .intType()
                    .defaultValue(1)
                    .withDescription(
                            "Replicas of each daily posts index (template); 0 on a single node.");

    private ElasticsearchOptions() {}
}
