/**
 * The failures a client can act on, as exceptions the domain and application layers throw: {@link
 * org.parindex.survey.problem.NotFoundException} (404), {@link org.parindex.survey.problem.ConflictException} (409),
 * {@link org.parindex.survey.problem.InvalidInputException} (422) and {@link
 * org.parindex.survey.problem.MalformedRequestException} (400), each naming the fields at fault ({@link
 * org.parindex.survey.problem.FieldError}). {@code problem.rest} turns them, and everything else, into
 * {@code application/problem+json} answers.
 */
package org.parindex.survey.problem;
