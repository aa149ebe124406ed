package org.parindex.survey.problem;

import java.util.List;

/**
 * 400: the request cannot be read at all, e.g. a query parameter that is not a number, a body that is not JSON,
 * or an uploaded file that is neither CSV nor XLSX.
 */
public final class MalformedRequestException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    /** One field (a query parameter, the body, the file) at fault. */
    public static MalformedRequestException of(String field, String message, String value) {
        return new MalformedRequestException("Tham số '" + field + "' không hợp lệ: " + message + ".",
                List.of(FieldError.of(field, message, value)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String kind() {
        return "malformed-request";
    }

    @Override
    public String title() {
        return "Yêu cầu không đọc được (Bad Request)";
    }
}
