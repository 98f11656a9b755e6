package org.manara.dashboardapi.resources;

import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.util.Set;
import org.manara.dashboardapi.ApiComponents;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.AuthConfiguration;
import org.manara.dashboardapi.auth.GeneratedKey;
import org.manara.dashboardapi.auth.Roles;
import org.manara.model.Json;

/** One API key per role, and a resource extension wired exactly like the application. */
final class ApiTestSupport {
    static final GeneratedKey INGEST = ApiKeys.generate();
    static final GeneratedKey MODERATOR = ApiKeys.generate();
    static final GeneratedKey ANALYST = ApiKeys.generate();
    static final GeneratedKey ADMIN = ApiKeys.generate();

    static AuthConfiguration auth() {
        return new AuthConfiguration()
                .addKey("ingester", INGEST.sha256(), Set.of(Roles.INGEST))
                .addKey("moderator", MODERATOR.sha256(), Set.of(Roles.MODERATOR))
                .addKey("analyst", ANALYST.sha256(), Set.of(Roles.ANALYST))
                .addKey("admin", ADMIN.sha256(), Set.of(Roles.ADMIN));
    }

    static ResourceExtension.Builder extension() {
        ResourceExtension.Builder builder =
                ResourceExtension.builder()
                        .setMapper(Json.configure(Jackson.newObjectMapper()))
                        .setRegisterDefaultExceptionMappers(false);
        ApiComponents.providers(auth()).forEach(builder::addProvider);
        return builder;
    }

    static Invocation.Builder as(WebTarget target, GeneratedKey key) {
        return target.request().header("Authorization", "Bearer " + key.key());
    }

    private ApiTestSupport() {}
}
