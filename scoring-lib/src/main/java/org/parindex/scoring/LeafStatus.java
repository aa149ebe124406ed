package org.parindex.scoring;

/** How a leaf's points for one unit came about. */
public enum LeafStatus {

    /** Scored: the appraised value (APPRAISED, BONUS) or the survey answers (SURVEY) give the points. */
    SCORED("đã chấm"),

    /** An APPRAISED or BONUS leaf without an appraised value: it counts 0. */
    NOT_APPRAISED("chưa có điểm thẩm định"),

    /** Neither evidence nor explanation, and the policy scores such a leaf 0 ({@code missingEvidence = ZERO}). */
    NO_EVIDENCE("thiếu tài liệu kiểm chứng và giải trình"),

    /** Not applicable to the unit: left out of its achieved points and its max. */
    NOT_APPLICABLE("không áp dụng"),

    /** Too few valid survey answers, policy {@code EXCLUDE}: left out of the unit's max. */
    EXCLUDED("không đủ phiếu hợp lệ, loại khỏi điểm tối đa"),

    /** Too few valid survey answers, policy {@code ZERO}: 0 points, max kept. */
    TOO_FEW_ANSWERS("không đủ phiếu hợp lệ, tính 0 điểm");

    private final String label;

    LeafStatus(String label) {
        this.label = label;
    }

    /** Vietnamese label for reports. */
    public String label() {
        return label;
    }

    /** Whether the leaf counts towards the unit's max. */
    public boolean isApplicable() {
        return this != NOT_APPLICABLE && this != EXCLUDED;
    }
}
