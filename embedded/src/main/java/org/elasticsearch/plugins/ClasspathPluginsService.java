package org.elasticsearch.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * A {@link PluginsService} whose plugins are classes on the class path instead of bundles in a
 * {@code plugins/} or {@code modules/} directory, which a node started from Maven jars does not
 * have. Part of Manara's embedded Elasticsearch; it lives in this package because {@link
 * PluginsLoader}'s constructor and {@link PluginsService.LoadedPlugin} are package-private.
 */
public class ClasspathPluginsService extends PluginsService {
    private final List<LoadedPlugin> classpathPlugins;

    /**
     * Instantiates each plugin class the way Elasticsearch does (constructor taking settings and
     * config path, settings, or nothing).
     */
    public ClasspathPluginsService(
            Settings settings, Path configDir, Collection<Class<? extends Plugin>> pluginClasses) {
        super(settings, configDir, new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, configDir);
            PluginDescriptor descriptor =
                    new PluginDescriptor(
                            pluginClass.getName(),
                            "classpath plugin",
                            "NA",
                            Build.current().version(),
                            Integer.toString(Runtime.version().feature()),
                            pluginClass.getName(),
                            null,
                            List.of(),
                            false,
                            false,
                            false,
                            false);
            loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                classpathPlugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(),
                List.of());
    }

    /**
     * Service providers ({@code META-INF/services}) are looked up once per class loader. All
     * plugins here share the application class loader, and the stock implementation would find each
     * provider once per plugin; the server's own providers (node features among them) come from the
     * same class path.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        List<T> result = new ArrayList<>();
        Map<ClassLoader, Boolean> seen = new IdentityHashMap<>();
        for (LoadedPlugin plugin : classpathPlugins) {
            ClassLoader loader = plugin.instance().getClass().getClassLoader();
            if (seen.put(loader, Boolean.TRUE) != null) {
                continue;
            }
            SPIClassIterator<T> classes = SPIClassIterator.get(service, loader);
            while (classes.hasNext()) {
                result.add(createExtension(classes.next(), service, plugin.instance()));
            }
        }
        return Collections.unmodifiableList(result);
    }
}
