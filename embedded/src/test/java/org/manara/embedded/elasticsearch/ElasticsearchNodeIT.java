package org.manara.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.ElasticsearchExtension;

class ElasticsearchNodeIT {
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(ES.httpUrl());
    }

    @Test
    void rootReturnsTheVersionDocumentClientsExpect() throws Exception {
        System.out.printf(
                "startup: elasticsearch in-process (shared) %d ms%n",
                ES.elasticsearch().startupTime().toMillis());

        Http.Response root = http.get("/");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.raw().headers().firstValue("X-elastic-product")).contains("Elasticsearch");
        assertThat(root.<String>at("cluster_name")).isEqualTo("manara-embedded");
        assertThat(root.<String>at("cluster_uuid")).isNotBlank().isNotEqualTo("_na_");
        assertThat(root.<String>at("version", "number")).isEqualTo("8.19.21");
        assertThat(root.<String>at("version", "lucene_version")).startsWith("9.12");
        assertThat(root.<String>at("version", "build_flavor")).isEqualTo("default");
        assertThat(root.<String>at("version", "minimum_wire_compatibility_version")).isNotBlank();
        assertThat(root.<String>at("tagline")).isEqualTo("You Know, for Search");
        assertThat(http.head("/").status()).isEqualTo(200);
    }

    @Test
    void nodesInfoListsTheSettingsTheJavaClientRequires() throws Exception {
        Http.Response info = http.get("/_nodes");
        Map<String, Map<String, Object>> nodes = info.at("nodes");
        Map<String, Object> node = nodes.values().iterator().next();

        assertThat(info.status()).isEqualTo(200);
        assertThat(node).containsKey("attributes");
        assertThat(
                        info.<Object>at(
                                "nodes",
                                nodes.keySet().iterator().next(),
                                "settings",
                                "cluster",
                                "election",
                                "strategy"))
                .isEqualTo("default");
    }

    @Test
    void indexesGetsAndSearchesADocument() throws Exception {
        String index = ES.uniqueIndex("docs");

        Http.Response created =
                http.put(
                        "/" + index + "/_doc/post-1?refresh=true",
                        "{\"text\":\"lighthouse over the harbour\",\"lang\":\"en\"}");
        Http.Response got = http.get("/" + index + "/_doc/post-1");
        Http.Response found =
                http.post(
                        "/" + index + "/_search",
                        "{\"query\":{\"match\":{\"text\":\"harbour\"}},"
                                + "\"aggs\":{\"langs\":{\"terms\":{\"field\":\"lang.keyword\"}}}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(got.<String>at("_source", "text")).isEqualTo("lighthouse over the harbour");
        assertThat(found.<Integer>at("hits", "total", "value")).isEqualTo(1);
        assertThat(found.<String>at("hits", "hits", "0", "_id")).isEqualTo("post-1");
        assertThat(found.<String>at("aggregations", "langs", "buckets", "0", "key"))
                .isEqualTo("en");
    }

    @Test
    void bulkIndexesEveryDocument() throws Exception {
        String index = ES.uniqueIndex("bulk");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            ndjson.append("{\"index\":{\"_id\":\"d")
                    .append(i)
                    .append("\"}}\n{\"n\":")
                    .append(i)
                    .append("}\n");
        }

        Http.Response bulk = http.bulk("/" + index + "/_bulk?refresh=true", ndjson.toString());
        Http.Response count = http.get("/" + index + "/_count");

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.<Boolean>at("errors")).isFalse();
        assertThat(bulk.<List<?>>at("items")).hasSize(500);
        assertThat(count.<Integer>at("count")).isEqualTo(500);
    }

    @Test
    void englishAnalyzerStemsAndDropsStopWords() throws Exception {
        Http.Response analyzed =
                http.post(
                        "/_analyze",
                        "{\"analyzer\":\"english\",\"text\":\"The runners are running quickly\"}");

        assertThat(tokens(analyzed)).containsExactly("runner", "run", "quickli");
    }

    @Test
    void arabicAnalyzerNormalisesAndStems() throws Exception {
        Http.Response analyzed =
                http.post(
                        "/_analyze", "{\"analyzer\":\"arabic\",\"text\":\"الكتابات في المكتبة\"}");

        assertThat(tokens(analyzed)).containsExactly("كتاب", "مكتب");
    }

    @Test
    void analyzersWorkInIndexMappings() throws Exception {
        String index = ES.uniqueIndex("analyzed");
        http.put(
                "/" + index,
                "{\"mappings\":{\"properties\":{"
                        + "\"text_ar\":{\"type\":\"text\",\"analyzer\":\"arabic\"},"
                        + "\"text_en\":{\"type\":\"text\",\"analyzer\":\"english\"}}}}");
        http.put(
                "/" + index + "/_doc/1?refresh=true",
                "{\"text_ar\":\"الكتابات\",\"text_en\":\"campaigns\"}");

        Http.Response arabic =
                http.post(
                        "/" + index + "/_search", "{\"query\":{\"match\":{\"text_ar\":\"كتاب\"}}}");
        Http.Response english =
                http.post(
                        "/" + index + "/_search",
                        "{\"query\":{\"match\":{\"text_en\":\"campaign\"}}}");

        assertThat(arabic.<Integer>at("hits", "total", "value")).isEqualTo(1);
        assertThat(english.<Integer>at("hits", "total", "value")).isEqualTo(1);
    }

    @Test
    void aStaleSequenceNumberIsAConflict() throws Exception {
        String index = ES.uniqueIndex("occ");
        Http.Response first = http.put("/" + index + "/_doc/d?refresh=true", "{\"state\":\"new\"}");
        Number seqNo = first.at("_seq_no");
        Number primaryTerm = first.at("_primary_term");
        String guard = "?if_seq_no=" + seqNo + "&if_primary_term=" + primaryTerm;

        Http.Response update = http.put("/" + index + "/_doc/d" + guard, "{\"state\":\"seen\"}");
        Http.Response stale = http.put("/" + index + "/_doc/d" + guard, "{\"state\":\"lost\"}");

        assertThat(update.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>at("error", "type"))
                .isEqualTo("version_conflict_engine_exception");
        assertThat(http.get("/" + index + "/_doc/d").<String>at("_source", "state"))
                .isEqualTo("seen");
    }

    private static List<String> tokens(Http.Response analyzed) {
        List<Map<String, Object>> tokens = analyzed.at("tokens");
        return tokens.stream().map(t -> (String) t.get("token")).toList();
    }
}
