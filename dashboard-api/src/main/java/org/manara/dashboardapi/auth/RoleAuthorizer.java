package org.manara.dashboardapi.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** A key may use a route when it holds one of the roles the route's {@code @RolesAllowed} lists. */
public final class RoleAuthorizer implements Authorizer<ApiKeyPrincipal> {

    @Override
    public boolean authorize(
            ApiKeyPrincipal principal, String role, ContainerRequestContext requestContext) {
        return principal.hasRole(role);
    }
}
