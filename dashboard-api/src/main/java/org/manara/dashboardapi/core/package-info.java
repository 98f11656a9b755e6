/**
 * Domain logic of the API, free of HTTP: reading and validating ingest bodies within limits, and
 * the {@link org.manara.dashboardapi.core.PostPublisher} / {@link
 * org.manara.dashboardapi.core.PostStore} interfaces the resources work through.
 */
package org.manara.dashboardapi.core;
