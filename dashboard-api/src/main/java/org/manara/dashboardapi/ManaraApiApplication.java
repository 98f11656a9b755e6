package org.manara.dashboardapi;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.manara.dashboardapi.core.IngestService;
import org.manara.dashboardapi.health.ElasticsearchHealthCheck;
import org.manara.dashboardapi.health.KafkaHealthCheck;
import org.manara.dashboardapi.internal.ElasticsearchPostStore;
import org.manara.dashboardapi.internal.KafkaPostPublisher;
import org.manara.dashboardapi.internal.ProblemErrorHandler;
import org.manara.dashboardapi.resources.IngestResource;
import org.manara.dashboardapi.resources.OpenApiResource;
import org.manara.dashboardapi.resources.PostSchemaResource;
import org.manara.dashboardapi.resources.PostsResource;
import org.manara.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Manara API service. Run {@code server <config.yml>} (see {@code config/manara-api.yml}),
 * {@code check <config.yml>} to validate a configuration, or {@code generate-key} to mint an API
 * key; start it inside another JVM with {@link ManaraApiServer}.
 */
public class ManaraApiApplication extends Application<ManaraApiConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(ManaraApiApplication.class);

    public static void main(String[] args) throws Exception {
        new ManaraApiApplication().run(args);
    }

    @Override
    public String getName() {
        return "manara-api";
    }

    @Override
    public void initialize(Bootstrap<ManaraApiConfiguration> bootstrap) {
        // Strict: a ${VAR} without a default that is not set stops the start with its name.
        bootstrap.setConfigurationSourceProvider(
                new SubstitutingSourceProvider(
                        bootstrap.getConfigurationSourceProvider(),
                        new EnvironmentVariableSubstitutor(true)));
        bootstrap.addCommand(new GenerateKeyCommand());
    }

    @Override
    public void run(ManaraApiConfiguration config, Environment environment) {
        Json.configure(environment.getObjectMapper());
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            // Ours (ApiComponents) answer every error with a problem body instead.
            server.setRegisterDefaultExceptionMappers(false);
        }
        // Errors Jetty answers itself (bad URIs, malformed requests) get problem bodies too.
        environment.getApplicationContext().setErrorHandler(new ProblemErrorHandler());
        environment
                .lifecycle()
                .addEventListener(
                        new LifeCycle.Listener() {
                            @Override
                            public void lifeCycleStarting(LifeCycle event) {
                                if (event instanceof Server server) {
                                    server.setErrorHandler(new ProblemErrorHandler());
                                }
                            }
                        });
        if (config.getAuth().getKeys().isEmpty()) {
            LOG.warn("no API keys are configured: every /api/v1 request will get 401");
        }

        ElasticsearchClient elasticsearch =
                config.getElasticsearch().build(environment.lifecycle());
        Producer<byte[], byte[]> producer =
                config.getKafka().buildProducer(environment.lifecycle());
        Admin admin = config.getKafka().buildAdmin(environment.lifecycle());

        KafkaPostPublisher publisher =
                new KafkaPostPublisher(
                        producer,
                        config.getKafka().getTopic(),
                        config.getKafka()
                                .getPublishTimeout()
                                .toJavaDuration()
                                .plus(java.time.Duration.ofSeconds(5)));
        IngestService ingest =
                new IngestService(publisher, config.getIngest().limits(), environment.metrics());

        ApiComponents.providers(config.getAuth()).forEach(environment.jersey()::register);
        environment.jersey().register(new IngestResource(ingest));
        environment
                .jersey()
                .register(
                        new PostsResource(
                                new ElasticsearchPostStore(
                                        elasticsearch, config.getElasticsearch().getIndex())));
        environment.jersey().register(new OpenApiResource());
        environment.jersey().register(new PostSchemaResource());

        environment
                .healthChecks()
                .register(
                        "elasticsearch",
                        new ElasticsearchHealthCheck(
                                elasticsearch,
                                config.getElasticsearch()
                                        .getHealthCheckTimeout()
                                        .toJavaDuration()));
        environment
                .healthChecks()
                .register(
                        "kafka",
                        new KafkaHealthCheck(
                                admin, config.getKafka().getHealthCheckTimeout().toJavaDuration()));
    }
}
