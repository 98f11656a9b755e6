package org.manara.dashboardapi.auth;

import java.security.Principal;
import java.util.Set;

/** Who is calling: the configured name of the API key (never the key itself) and its roles. */
public record ApiKeyPrincipal(String name, Set<String> roles) implements Principal {

    public ApiKeyPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
