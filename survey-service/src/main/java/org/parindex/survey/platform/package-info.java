/**
 * What every capability of the service stands on: the typed configuration ({@link
 * org.parindex.survey.platform.SurveyConfig}), producers for {@code Logger} and {@code Clock}, the database and its
 * migrations ({@code persistence}), health checks ({@code health}) and the JAX-RS application ({@code rest}).
 */
package org.parindex.survey.platform;
