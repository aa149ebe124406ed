package org.parindex.scoring;

/**
 * How a leaf of a framework (a sub-criterion, or a criterion without sub-criteria) gets its points.
 */
public enum ScoringMethod {

    /**
     * Self-assessed with evidence (tự đánh giá, tài liệu kiểm chứng), then appraised (thẩm định): the appraised
     * score counts, the self score is kept beside it for audit.
     */
    APPRAISED("Thẩm định"),

    /** Computed from the sociological survey (điều tra xã hội học) through the leaf's answer scale. */
    SURVEY("Điều tra XHH"),

    /**
     * Extra points (điểm thưởng), e.g. for initiatives: capped at the leaf's max, outside the framework's declared
     * total; a unit's total with bonus is capped at its max, so the index never exceeds 100.
     */
    BONUS("Điểm thưởng");

    private final String label;

    ScoringMethod(String label) {
        this.label = label;
    }

    /** Short Vietnamese label for reports, e.g. {@code "Thẩm định"}. */
    public String label() {
        return label;
    }
}
