package org.manara.dashboardapi;

import java.util.ArrayList;
import java.util.List;
import org.manara.dashboardapi.auth.ApiAuth;
import org.manara.dashboardapi.auth.AuthConfiguration;
import org.manara.dashboardapi.resources.JsonProcessingExceptionMapper;
import org.manara.dashboardapi.resources.UnexpectedExceptionMapper;
import org.manara.dashboardapi.resources.WebApplicationExceptionMapper;

/**
 * The Jersey providers every deployment of the API registers besides its resources: auth and role
 * checks, and the exception mappers that replace Dropwizard's defaults so that every error is a
 * problem body. One list, so the application and the resource tests cannot drift apart.
 */
public final class ApiComponents {

    public static List<Object> providers(AuthConfiguration auth) {
        List<Object> providers = new ArrayList<>(ApiAuth.components(auth));
        providers.add(new WebApplicationExceptionMapper());
        providers.add(new JsonProcessingExceptionMapper());
        providers.add(new UnexpectedExceptionMapper());
        return providers;
    }

    private ApiComponents() {}
}
