/**
 * What the secretariat API's resources share (the application itself is
 * {@code ApiApplication}, a package of its own): paging and query-parameter parsing, and {@link
 * org.parindex.survey.platform.rest.Downloads}, the one way a resource hands out a file (media type,
 * {@code Content-Disposition}, the one file-name sanitiser).
 */
package org.parindex.survey.platform.rest;
