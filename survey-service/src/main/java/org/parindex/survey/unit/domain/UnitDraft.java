package org.parindex.survey.unit.domain;

import java.util.ArrayList;
import java.util.List;
import org.parindex.survey.campaign.domain.Codes;
import org.parindex.survey.problem.FieldError;

/**
 * A unit as read from an import row or a request, checked field by field.
 *
 * @param code   unit code, e.g. {@code SO_NOI_VU}
 * @param name   Vietnamese name, NFC, e.g. {@code Sở Nội vụ}
 * @param level  level code, e.g. {@code DEPARTMENT}
 * @param parent code of the enclosing unit, or {@code null}
 */
public record UnitDraft(String code, String name, String level, String parent) {

    static final int MAX_NAME = 300;

    /**
     * Checks the raw values of one row and returns the errors found (empty when the draft is sound).
     *
     * @param row the row number for the errors
     */
    public static List<FieldError> check(int row, String code, String name, String level, String parent) {
        List<FieldError> errors = new ArrayList<>();
        if (!Codes.valid(code)) {
            errors.add(FieldError.atRow(row, "code", blank(code) ? "thiếu mã đơn vị" : "mã đơn vị không hợp lệ", code));
        }
        if (blank(name)) {
            errors.add(FieldError.atRow(row, "name", "thiếu tên đơn vị", name));
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.atRow(row, "name", "tên dài quá " + MAX_NAME + " ký tự", name));
        }
        if (!Codes.valid(level)) {
            errors.add(FieldError.atRow(row, "level", blank(level) ? "thiếu cấp" : "mã cấp không hợp lệ", level));
        }
        if (!blank(parent) && !Codes.valid(parent)) {
            errors.add(FieldError.atRow(row, "parent", "mã đơn vị cấp trên không hợp lệ", parent));
        }
        if (!blank(parent) && parent.equals(code)) {
            errors.add(FieldError.atRow(row, "parent", "đơn vị không thể là cấp trên của chính nó", parent));
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A draft from values that {@link #check} accepted; a blank parent becomes {@code null}. */
    public static UnitDraft of(String code, String name, String level, String parent) {
        return new UnitDraft(code, name, level, blank(parent) ? null : parent);
    }
}
