/**
 * What every capability of the service stands on: the platform's settings ({@link
 * org.parindex.survey.platform.SurveyConfig}; each capability has its own typed settings bean), the roles every
 * resource names ({@link org.parindex.survey.platform.Role}), producers for {@code Logger} and {@code Clock}, the
 * database and its migrations ({@code persistence}), health checks ({@code health}), the servlet filters and the
 * client's address ({@code web}), and what the API's resources share ({@code rest}). It depends on no capability.
 */
package org.parindex.survey.platform;
