package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import org.elasticsearch.bootstrap.BootstrapCheck;
import org.elasticsearch.bootstrap.BootstrapContext;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.transport.BoundTransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real Elasticsearch node whose plugins come from the class path (see {@link
 * ClasspathPluginsService}). Part of Manara's embedded Elasticsearch; it lives in this package
 * because {@link NodeConstruction} and {@link NodeServiceProvider} are package-private.
 */
public class ManaraEmbeddedNode extends Node {

    public ManaraEmbeddedNode(
            Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(
                NodeConstruction.prepareConstruction(
                        environment,
                        null,
                        new NodeServiceProvider() {
                            @Override
                            PluginsService newPluginService(
                                    Environment env, PluginsLoader ignored) {
                                return new ClasspathPluginsService(
                                        env.settings(),
                                        env.configDir(),
                                        List.copyOf(pluginClasses));
                            }
                        },
                        true));
    }

    /** The HTTP address actually bound (the port is random when {@code http.port} is 0). */
    public BoundTransportAddress httpAddress() {
        return injector().getInstance(HttpServerTransport.class).boundAddress();
    }

    /**
     * The stock listener stores the node and cluster id in static, set-once fields for log
     * patterns; a second node in the same JVM (a restart in a test) would fail on them.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}

    /**
     * Production bootstrap checks (file descriptors, mmap count, heap size) are only warnings on a
     * loopback single-node cluster; skipping them keeps test output quiet.
     */
    @Override
    protected void validateNodeBeforeAcceptingRequests(
            BootstrapContext context,
            BoundTransportAddress boundTransportAddress,
            List<BootstrapCheck> bootstrapChecks) {}
}
