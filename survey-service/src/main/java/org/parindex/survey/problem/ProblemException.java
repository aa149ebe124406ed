package org.parindex.survey.problem;

import java.util.List;

/**
 * A failure the client can understand and act on: each subclass stands for one HTTP status, and the mapper in
 * {@code problem.rest} turns it into an {@code application/problem+json} answer (RFC 9457). The message is the
 * problem's {@code detail}, in Vietnamese; it must never contain internal details.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    protected ProblemException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status, e.g. 404. */
    public abstract int status();

    /** A short, stable slug of the kind of problem, e.g. {@code "not-found"}. */
    public abstract String kind();

    /** A short title, the same for every problem of this kind. */
    public abstract String title();

    /** The fields at fault, possibly empty. */
    public List<FieldError> errors() {
        return errors;
    }

    /** Extra members for the problem body (e.g. an import report), or {@code null}. */
    public Object report() {
        return null;
    }
}
