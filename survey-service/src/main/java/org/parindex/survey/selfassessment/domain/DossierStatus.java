package org.parindex.survey.selfassessment.domain;

/** Where a unit's dossier stands. */
public enum DossierStatus {
    /** The unit is self-assessing (autosaved); the secretariat may bring a submitted dossier back here. */
    DRAFT("Đang tự đánh giá"),
    /** Submitted by the unit: locked for it, open to the appraisers. */
    SUBMITTED("Đã nộp, chờ thẩm định"),
    /** The appraisal was sent to the unit, which may explain (giải trình) until its window closes. */
    APPRAISED("Đã gửi kết quả thẩm định"),
    /** The unit sent its explanation; the appraisers decide. */
    EXPLAINED("Đơn vị đã giải trình"),
    /** The council's final figures: locked, and written into the campaign's scores. */
    FINAL("Đã chốt kết quả");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
