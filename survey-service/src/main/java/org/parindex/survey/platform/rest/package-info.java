/**
 * The JAX-RS application of the secretariat API ({@code /api}), its OpenAPI definition, and paging and
 * query-parameter parsing shared by the resources.
 */
package org.parindex.survey.platform.rest;
