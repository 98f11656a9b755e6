package org.manara.embedded.elasticsearch;

import java.time.Duration;
import org.manara.embedded.process.ServerMain;

/**
 * Runs one embedded Elasticsearch node until the JVM is stopped, keeping indices in {@code
 * --data-dir} so a restart over the same directory finds them again.
 *
 * <pre>
 * java -Xmx1g -cp ... org.manara.embedded.elasticsearch.ElasticsearchMain --http-port 9200 \
 *     --data-dir .manara-data/elasticsearch [--cluster-name c] [--node-name n] \
 *     [--set key=value ...] [--watch-parent]
 * </pre>
 *
 * Prints {@code READY http://127.0.0.1:9200} once the cluster is healthy.
 */
public final class ElasticsearchMain {
    private ElasticsearchMain() {}

    public static void main(String[] args) {
        ServerMain.run(
                "elasticsearch",
                args,
                parsed -> {
                    ElasticsearchNodeConfig config = ElasticsearchNodeConfig.fromArgs(parsed);
                    EmbeddedElasticsearch node =
                            EmbeddedElasticsearch.start(config, false, Duration.ofSeconds(90));
                    return new ServerMain.Running(node.httpUrl(), node);
                });
    }
}
