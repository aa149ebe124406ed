package org.parindex.survey.problem;

import java.util.List;

/** 403: the caller is logged in, but this unit, level or leaf is not theirs to see or change. */
public final class ForbiddenException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String kind() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Không có quyền (Forbidden)";
    }
}
