/**
 * API-key authentication and role authorisation on top of dropwizard-auth: keys are configured as
 * SHA-256 hashes with roles, presented as bearer tokens, compared in constant time, and never
 * logged or returned.
 */
package org.manara.dashboardapi.auth;
