/**
 * Servlet filters in front of every request: body limits ({@link org.parindex.survey.platform.web.BodyLimitFilter}),
 * security headers, and the watch for {@code OutOfMemoryError} that health reports.
 */
package org.parindex.survey.platform.web;
