/**
 * Adapters to the outside world (Elasticsearch, Kafka, Dropwizard's bootstrap): the production
 * implementations behind the {@code core} interfaces. Not for use by other modules.
 */
package org.manara.dashboardapi.internal;
