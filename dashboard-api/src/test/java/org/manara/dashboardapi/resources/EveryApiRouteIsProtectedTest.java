package org.manara.dashboardapi.resources;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dropwizard's auth filter only guards methods that carry a role annotation, so a resource under
 * {@code /api/v1} without one would be open to anyone. This test finds every route of the main code
 * and fails on any unguarded {@code /api/v1} one.
 */
class EveryApiRouteIsProtectedTest {

    @Test
    void everyApiV1RouteRequiresARole() {
        List<ResourceClasses.Route> routes = ResourceClasses.routes();
        assertThat(routes)
                .extracting(ResourceClasses.Route::resource)
                .contains(IngestResource.class, PostsResource.class);

        List<String> unguarded =
                routes.stream()
                        .filter(r -> r.path().startsWith("/api/v1"))
                        .filter(
                                r ->
                                        !r.handler().isAnnotationPresent(RolesAllowed.class)
                                                && !r.resource()
                                                        .isAnnotationPresent(RolesAllowed.class))
                        .map(r -> r.method() + " " + r.path())
                        .toList();
        assertThat(unguarded).isEmpty();
    }
}
