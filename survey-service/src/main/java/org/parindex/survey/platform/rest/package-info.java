/**
 * The JAX-RS application of the secretariat API ({@code /api}), its OpenAPI definition, paging and query-parameter
 * parsing shared by the resources, and {@link org.parindex.survey.platform.rest.Downloads}, the one way a resource
 * hands out a file (media type, {@code Content-Disposition}, the one file-name sanitiser).
 */
package org.parindex.survey.platform.rest;
