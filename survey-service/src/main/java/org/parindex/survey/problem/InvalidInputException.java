package org.parindex.survey.problem;

import java.util.List;

/**
 * 422: the request is well formed but its content breaks a rule, e.g. a malformed e-mail address or a survey that
 * closes before it opens. Carries every field at fault, and for imports the per-row report.
 */
public class InvalidInputException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final transient Object report;

    public InvalidInputException(String detail, List<FieldError> errors) {
        this(detail, errors, null);
    }

    public InvalidInputException(String detail, List<FieldError> errors, Object report) {
        super(detail, errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one field error");
        }
        this.report = report;
    }

    /** One field at fault. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(FieldError.of(field, message)));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String kind() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Dữ liệu không hợp lệ (Unprocessable Content)";
    }

    @Override
    public Object report() {
        return report;
    }
}
