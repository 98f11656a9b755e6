/** One Dropwizard health check per external dependency: Elasticsearch and Kafka. */
package org.manara.dashboardapi.health;
