/**
 * Thin JAX-RS resources under {@code /api/v1} (each with {@code @RolesAllowed}), the public OpenAPI
 * document, and the exception mappers that turn every error into a problem body.
 */
package org.manara.dashboardapi.resources;
