/**
 * The JSON representations the API reads and writes (records), including the RFC 9457 problem body
 * every error carries. Posts themselves are {@code org.manara.model} types.
 */
package org.manara.dashboardapi.api;
