package org.manara.dashboardapi.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import java.util.List;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The Jersey components that make every {@code @RolesAllowed} route require {@code Authorization:
 * Bearer <key>}: Dropwizard's bearer filter with our authenticator, authorizer and problem-shaped
 * 401, Jersey's role check (403 for a valid key without the role), {@code @Auth} injection, and the
 * filter that refuses keys in URLs.
 */
public final class ApiAuth {
    public static final String SCHEME = "Bearer";

    public static List<Object> components(AuthConfiguration config) {
        OAuthCredentialAuthFilter<ApiKeyPrincipal> filter =
                new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                        .setAuthenticator(new ApiKeyAuthenticator(config.getKeys()))
                        .setAuthorizer(new RoleAuthorizer())
                        .setPrefix(SCHEME)
                        .setRealm(config.getRealm())
                        .setUnauthorizedHandler(new ProblemUnauthorizedHandler())
                        .buildAuthFilter();
        return List.of(
                new AuthDynamicFeature(filter),
                new RolesAllowedDynamicFeature(),
                new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class),
                new KeyInUrlFilter());
    }

    private ApiAuth() {}
}
