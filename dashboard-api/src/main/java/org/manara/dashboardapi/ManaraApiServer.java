package org.manara.dashboardapi;

import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.manara.dashboardapi.internal.PreparedConfigurationFactory;

/**
 * The API running inside this JVM, for the local demo and tests: {@link
 * #start(ManaraApiConfiguration)} or {@link #start(Path)} return once it serves requests, {@link
 * #close()} stops it. The configuration goes through the same validation, logging setup and
 * lifecycle as {@code server config.yml}, so what runs in-process is what runs in production.
 */
public final class ManaraApiServer implements AutoCloseable {
    private final Server jetty;
    private final Environment environment;
    private final ManaraApiConfiguration configuration;

    private ManaraApiServer(
            Server jetty, Environment environment, ManaraApiConfiguration configuration) {
        this.jetty = jetty;
        this.environment = environment;
        this.configuration = configuration;
    }

    /**
     * Starts the API with a configuration built in code (for example {@link
     * ManaraApiConfiguration#local}).
     *
     * @throws io.dropwizard.configuration.ConfigurationValidationException when it is invalid
     * @throws Exception when the server cannot start (a port in use, say)
     */
    public static ManaraApiServer start(ManaraApiConfiguration configuration) throws Exception {
        ManaraApiApplication application = application(configuration);
        Bootstrap<ManaraApiConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        bootstrap.setConfigurationFactoryFactory(
                (klass, validator, mapper, prefix) ->
                        new PreparedConfigurationFactory<>(configuration, validator));
        return run(application, bootstrap, null);
    }

    /**
     * The application for {@code configuration}. Dropwizard's {@code Application} constructor
     * replaces the JVM's logging with a WARN-level console logger before any configuration is read;
     * with an {@link ExternalLoggingFactory} (the host JVM configures logging itself, as the CLI's
     * {@code logback.xml} does) that step is skipped, so the host's appenders (the CLI's full log
     * file, say) keep working after the API starts.
     */
    static ManaraApiApplication application(ManaraApiConfiguration configuration) {
        if (configuration.getLoggingFactory() instanceof ExternalLoggingFactory) {
            return new ManaraApiApplication() {
                @Override
                protected void bootstrapLogging() {}
            };
        }
        return new ManaraApiApplication();
    }

    /** Starts the API from a YAML file, with {@code ${ENV_VAR}} substitution. */
    public static ManaraApiServer start(Path configFile) throws Exception {
        ManaraApiApplication application = new ManaraApiApplication();
        Bootstrap<ManaraApiConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        return run(application, bootstrap, configFile.toString());
    }

    private static ManaraApiServer run(
            ManaraApiApplication application,
            Bootstrap<ManaraApiConfiguration> bootstrap,
            String file)
            throws Exception {
        CapturingServerCommand command = new CapturingServerCommand(application);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("file", file);
        command.run(bootstrap, new Namespace(arguments));
        if (command.jetty == null) {
            throw new IllegalStateException("the API server did not start");
        }
        return new ManaraApiServer(
                command.jetty, command.getEnvironment(), command.getConfiguration());
    }

    /** The port of the API (useful when 0 was configured). */
    public int port() {
        return connector(false).getLocalPort();
    }

    /** The port of the admin endpoints ({@code /healthcheck}, {@code /metrics}). */
    public int adminPort() {
        return connector(true).getLocalPort();
    }

    /** Where the API answers, such as {@code http://127.0.0.1:8080}. */
    public URI baseUri() {
        return uri(connector(false));
    }

    public URI adminUri() {
        return uri(connector(true));
    }

    public Environment environment() {
        return environment;
    }

    public ManaraApiConfiguration configuration() {
        return configuration;
    }

    public boolean isRunning() {
        return jetty.isRunning();
    }

    /** Stops the server and everything it manages (Kafka producer, Elasticsearch client). */
    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    private ServerConnector connector(boolean admin) {
        ServerConnector first = null;
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                boolean isAdmin = sc.getName() != null && sc.getName().startsWith("admin");
                if (isAdmin == admin) {
                    return sc;
                }
                if (first == null) {
                    first = sc;
                }
            }
        }
        // A simple server factory serves the admin endpoints on the application connector.
        if (first == null) {
            throw new IllegalStateException("the server has no connectors");
        }
        return first;
    }

    private static URI uri(ServerConnector connector) {
        String host = connector.getHost();
        if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + connector.getLocalPort());
    }

    /** Dropwizard's own {@code server} command, remembering the Jetty server it starts. */
    private static final class CapturingServerCommand
            extends ServerCommand<ManaraApiConfiguration> {
        private volatile Server jetty;

        CapturingServerCommand(ManaraApiApplication application) {
            super(application);
        }

        @Override
        protected void run(
                Environment environment, Namespace namespace, ManaraApiConfiguration configuration)
                throws Exception {
            environment.lifecycle().addServerLifecycleListener(server -> jetty = server);
            super.run(environment, namespace, configuration);
        }
    }
}
