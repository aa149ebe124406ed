package org.parindex.survey.selfassessment.domain;

/** When a document was added: with the self-assessment, or with the explanation after the appraisal. */
public enum EvidenceStage {
    SELF("Tự đánh giá"),
    EXPLANATION("Giải trình");

    private final String label;

    EvidenceStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
