/**
 * The secretariat's one JAX-RS application at {@code /api}, with its OpenAPI definition and the explicit list of
 * every secretariat resource. It is the composition root of the API: it depends on every capability and nothing
 * depends on it, so that listing the resources makes no cycle with {@code platform}, which every capability uses.
 */
package org.parindex.survey.api;
