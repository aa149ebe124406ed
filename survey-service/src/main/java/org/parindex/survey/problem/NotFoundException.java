package org.parindex.survey.problem;

import java.util.List;

/** 404: the addressed thing does not exist, e.g. campaign 42 or unit {@code SO_NOI_VU} of campaign 1. */
public final class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what what was looked for, in Vietnamese, e.g. {@code "đợt đánh giá"}
     * @param key  its identifier as given
     */
    public NotFoundException(String what, Object key) {
        super("Không tìm thấy " + what + " '" + key + "'.", List.of());
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String kind() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Không tìm thấy (Not Found)";
    }
}
