package org.manara.dashboardapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.core.IngestLimits;
import org.manara.model.Topics;

class ManaraApiConfigurationTest {
    private static final Path EXAMPLE = Path.of("config/manara-api.yml");
    private static final String HASH = ApiKeys.sha256Hex("test-key");

    /** Built the way Dropwizard builds it for the application (strict about unknown fields). */
    private final ConfigurationFactory<ManaraApiConfiguration> factory =
            new DefaultConfigurationFactoryFactory<ManaraApiConfiguration>()
                    .create(
                            ManaraApiConfiguration.class,
                            Validators.newValidator(),
                            Jackson.newObjectMapper(),
                            "dw");

    @Test
    void exampleConfigurationIsValidWithTheDocumentedDefaults() throws Exception {
        ManaraApiConfiguration config =
                factory.build(
                        withVariables(Map.of("MANARA_API_ADMIN_KEY_SHA256", HASH)),
                        EXAMPLE.toString());

        assertThat(config.getKafka().getTopic()).isEqualTo(Topics.POSTS);
        assertThat(config.getKafka().getBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.getElasticsearch().getHosts()).containsExactly("http://127.0.0.1:9200");
        assertThat(config.getElasticsearch().getIndex()).isEqualTo("manara-posts");
        assertThat(config.getIngest().limits())
                .isEqualTo(new IngestLimits(5L * 1024 * 1024, 1_000, 10_000));
        assertThat(config.getAuth().getKeys()).hasSize(1);
        assertThat(config.getAuth().getKeys().get(0).getSha256()).isEqualTo(HASH);
        assertThat(config.getAuth().getKeys().get(0).getRoles()).containsExactly("admin");
    }

    @Test
    void environmentVariablesFillInTheExample() throws Exception {
        ManaraApiConfiguration config =
                factory.build(
                        withVariables(
                                Map.of(
                                        "MANARA_API_ADMIN_KEY_SHA256", HASH,
                                        "MANARA_KAFKA_BOOTSTRAP", "kafka-1:9092,kafka-2:9092",
                                        "MANARA_ES_URL", "https://es.internal:9200",
                                        "MANARA_ES_API_KEY", "c2VjcmV0")),
                        EXAMPLE.toString());

        assertThat(config.getKafka().getBootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(config.getElasticsearch().getHosts())
                .containsExactly("https://es.internal:9200");
    }

    @Test
    void theApplicationRefusesTheExampleWithoutTheAdminKeyHash() {
        Bootstrap<ManaraApiConfiguration> bootstrap = new Bootstrap<>(new ManaraApiApplication());
        new ManaraApiApplication().initialize(bootstrap);

        assertThat(System.getenv("MANARA_API_ADMIN_KEY_SHA256")).isNull();
        assertThatThrownBy(
                        () ->
                                factory.build(
                                        bootstrap.getConfigurationSourceProvider(),
                                        EXAMPLE.toString()))
                .hasMessageContaining("MANARA_API_ADMIN_KEY_SHA256");
    }

    @Test
    void unknownPropertiesAreErrorsNotSilentlyIgnored() {
        assertThatThrownBy(() -> parse("kafka:\n  bootstrapServer: typo:9092\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bootstrapServer");
    }

    @Test
    void keyHashesRolesAndCredentialsAreValidated() {
        assertThatThrownBy(
                        () ->
                                parse(
                                        "auth:\n  keys:\n    - name: a\n      sha256: plain-key\n"
                                                + "      roles: [admin]\n"))
                .hasMessageContaining("64-character hex SHA-256");
        assertThatThrownBy(
                        () ->
                                parse(
                                        "auth:\n  keys:\n    - name: a\n      sha256: "
                                                + HASH
                                                + "\n      roles: [root]\n"))
                .hasMessageContaining("roles must each be one of");
        assertThatThrownBy(
                        () ->
                                parse(
                                        "auth:\n  keys:\n"
                                                + "    - {name: a, sha256: "
                                                + HASH
                                                + ", roles: [admin]}\n"
                                                + "    - {name: b, sha256: "
                                                + HASH
                                                + ", roles: [ingest]}\n"))
                .hasMessageContaining("each key hash may appear only once");
        assertThatThrownBy(
                        () ->
                                parse(
                                        "elasticsearch:\n  apiKey: k\n  username: u\n"
                                                + "  password: p\n"))
                .hasMessageContaining("either apiKey or username and password");
        assertThatThrownBy(() -> parse("elasticsearch:\n  hosts: [localhost:9200]\n"))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> parse("ingest:\n  maxPostsPerRequest: 0\n"))
                .hasMessageContaining("maxPostsPerRequest");
        assertThatThrownBy(
                        () -> parse("kafka:\n  producer:\n    bootstrap.servers: elsewhere:9092\n"))
                .hasMessageContaining("may not set bootstrap.servers");
    }

    @Test
    void producerDefaultsAreDurableAndPassThroughSettingsWin() throws Exception {
        ManaraApiConfiguration config =
                parse("kafka:\n  publishTimeout: 20s\n  producer:\n    compression.type: lz4\n");

        Map<String, Object> props = config.getKafka().producerProperties();
        assertThat(props)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("delivery.timeout.ms", "20000")
                .containsEntry("compression.type", "lz4")
                .containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void localConfigurationBindsToLoopbackAndValidates() {
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(0, 0, List.of("http://127.0.0.1:9"), "127.0.0.1:9");
        config.getAuth().addKey("demo", HASH, Set.of("admin"));

        assertThat(Validators.newValidator().validate(config)).isEmpty();
    }

    private ManaraApiConfiguration parse(String yaml) throws IOException, ConfigurationException {
        ConfigurationSourceProvider inline =
                path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
        return factory.build(inline, "inline.yml");
    }

    private static ConfigurationSourceProvider withVariables(Map<String, String> variables) {
        StringSubstitutor substitutor = new StringSubstitutor(variables);
        substitutor.setEnableUndefinedVariableException(true);
        return new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor);
    }
}
