/**
 * The one place that writes error answers: {@code ExceptionMapper}s that turn every exception into an
 * {@code application/problem+json} body ({@link org.parindex.survey.problem.rest.Problem}), never a stack trace.
 */
package org.parindex.survey.problem.rest;
