package org.manara.dashboardapi.resources;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The JAX-RS resource classes of the main code and the routes they declare. */
final class ResourceClasses {

    record Route(String method, String path, Class<?> resource, Method handler) {}

    static List<Class<?>> all() {
        String pkg = IngestResource.class.getPackageName();
        File dir;
        try {
            // The main classes directory (not test-classes, which holds the same package).
            File root =
                    new File(
                            IngestResource.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            dir = new File(root, pkg.replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : Objects.requireNonNull(dir.list())) {
            if (!name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(pkg + "." + name.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : all()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (Annotation a : method.getAnnotations()) {
                    HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : base + "/" + sub.value();
                        routes.add(new Route(http.value(), path, resource, method));
                    }
                }
            }
        }
        return routes;
    }

    private ResourceClasses() {}
}
