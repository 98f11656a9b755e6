/**
 * The Manara API service (Dropwizard): the application, its configuration sections, and {@link
 * org.manara.dashboardapi.ManaraApiServer} for starting it inside another JVM.
 */
package org.manara.dashboardapi;
