package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.UNIT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static Explanation workedExample() {
        return WorkedExample.score(ScoringPolicy.defaults(), WorkedExample.answers()).explain(UNIT);
    }

    @Test
    void listsLeafLossesBiggestFirstInFrameworkOrderOnTies() {
        Explanation e = workedExample();

        assertThat(e.leafLosses()).extracting(l -> l.code() + " −" + l.pointsLost().stripTrailingZeros()
                .toPlainString() + " = −" + l.indexPoints())
                .containsExactly("3.1 −1 = −6.67", "3.3 −1 = −6.67", "S2 −0.975 = −6.50", "1.1 −0.5 = −3.33",
                        "3.2 −0.5 = −3.33", "S1 −0.45 = −3.00", "1.2 −0.2 = −1.33");
        assertThat(e.pointsLost()).isEqualByComparingTo("4.625");
    }

    @Test
    void listsAreaAndCriterionLossesBiggestFirst() {
        Explanation e = workedExample();

        assertThat(e.areaLosses()).extracting(PointLoss::code, PointLoss::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", PointLoss.Kind.AREA),
                        org.assertj.core.groups.Tuple.tuple("1", PointLoss.Kind.AREA));
        assertThat(e.areaLosses().get(0).reason()).isEqualTo("chủ yếu do 3.1 (−1), 3.3 (−1), S2 (−0.975), …");
        assertThat(e.criterionLosses()).extracting(PointLoss::code)
                .containsExactly("TTHC", "S2", "1.1", "S1", "1.2");
        assertThat(e.criterionLosses().get(0).pointsLost()).isEqualByComparingTo("2.5");
    }

    @Test
    void explainsEachLeafInWordsFromItsRule() {
        Explanation e = workedExample();

        assertThat(e.reason("1.1")).isEqualTo("thẩm định: mức LATE (Ban hành chậm) = 0.5; tự chấm 1 → thẩm định hạ 0.5");
        assertThat(e.reason("1.2")).isEqualTo("thẩm định: 18/20 × 2 = 1.8; tự chấm 2 → thẩm định hạ 0.2");
        assertThat(e.reason("3.1")).isEqualTo("thẩm định: tỷ lệ 97.4% → 2 (khung ≥ 95%); tự chấm 3 → thẩm định hạ 1");
        assertThat(e.reason("3.2")).isEqualTo("thẩm định: 1 vi phạm × 0.5 → 2 − 0.5 = 1.5; tự chấm 2 → thẩm định hạ 0.5");
        assertThat(e.reason("3.3")).isEqualTo("thẩm định: 0 điểm; tự chấm 1 → thẩm định hạ 1; không có tài liệu kiểm "
                + "chứng, không giải trình");
        assertThat(e.reason("S1")).isEqualTo("12 phiếu (VG 5, G 4, F 1, A 0, P 0, DK 2): 10 hợp lệ, 2 không đánh giá "
                + "được (loại); hệ số bình quân 0.85 × 3 = 2.55");
        assertThatThrownBy(() -> e.reason("TTHC")).hasMessage("no such leaf in framework TOY-SO: TTHC");
    }

    @Test
    void explainsExcludedAndNotApplicableLeaves() {
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(3, Assessment.notApplicable(UNIT, "3.2"));
        Explanation e = Campaign.builder(WorkedExample.framework()).assessments(rows)
                .tally(WorkedExample.answers(false)).build().score().explain(UNIT);

        assertThat(e.reason("3.2")).isEqualTo("không áp dụng với đơn vị (not applicable): không tính vào điểm tối đa");
        assertThat(e.reason("S2")).isEqualTo("3 phiếu (VG 0, G 0, F 0, A 0, P 0, DK 3): 0 hợp lệ, 3 không đánh giá "
                + "được (loại) — dưới mức tối thiểu 1 phiếu hợp lệ: loại khỏi điểm tối đa (EXCLUDE)");
        assertThat(e.leafLosses()).extracting(PointLoss::code).doesNotContain("3.2", "S2");
        assertThat(e.toText()).contains("Điểm tối đa áp dụng:       10 (bộ chỉ số 15; 5 điểm không áp dụng hoặc bị loại)");
    }

    @Test
    void saysWhenTheAppraisalKeptTheSelfAssessment() {
        List<Assessment> rows = new ArrayList<>(WorkedExample.assessments());
        rows.set(0, Assessment.builder(UNIT, "1.1").selfFigure("LATE").appraisedFigure("LATE").evidence("QĐ").build());
        Explanation e = Campaign.builder(WorkedExample.framework()).assessments(rows)
                .tally(WorkedExample.answers()).build().score().explain(UNIT);

        assertThat(e.reason("1.1"))
                .isEqualTo("thẩm định: mức LATE (Ban hành chậm) = 0.5; tự chấm cũng vậy (self-assessed the same)");
        assertThat(e.appraisalCuts()).extracting(LeafResult::code).doesNotContain("1.1");
    }

    @Test
    void listsWhatTheAppraisalCutBiggestFirst() {
        assertThat(workedExample().appraisalCuts()).extracting(LeafResult::code)
                .containsExactly("3.1", "3.3", "1.1", "3.2", "1.2");
    }

    @Test
    void rendersAReportWithHeadlineLossesAreasAndEveryItem() {
        String text = workedExample().toText();

        assertThat(text).startsWith("GIẢI TRÌNH CHỈ SỐ CCHC (PAR Index explanation) — SO_X (SO_X)\n"
                + "Bộ chỉ số (framework): TOY-SO — Bộ chỉ số thử nghiệm\n\n"
                + "Chỉ số (index):            69.17   = 10.375 / 15 × 100\n"
                + "Xếp hạng (rank):           1 / 1\n"
                + "Xếp loại (band):           Nhóm D (Dưới trung bình) (D)\n"
                + "Theo điểm tự đánh giá:     90.50   = 13.575 / 15 (self-assessed) → thẩm định làm giảm 21.33 điểm "
                + "chỉ số\n"
                + "Điểm bị mất (points lost): 4.625 = 30.83 điểm chỉ số\n");
        assertThat(text).contains("NƠI MẤT NHIỀU ĐIỂM NHẤT (where the unit lost the most points)\n"
                + "  #  Mục  Tên                                     Mất    Đạt/Tối đa  Chỉ số  Lý do\n"
                + "  1  3.1  Tỷ lệ hồ sơ giải quyết đúng hạn         1      2/3         −6.67   thẩm định: tỷ lệ 97.4% "
                + "→ 2 (khung ≥ 95%); tự chấm 3 → thẩm định hạ 1\n");
        assertThat(text).contains("  3   Cải cách thủ tục hành chính       5.525  9       61.39      3.475  chủ yếu do "
                + "3.1 (−1), 3.3 (−1), S2 (−0.975), …\n");
        assertThat(text).contains("  Tổng cộng thẩm định hạ 3.2 điểm.\n");
        assertThat(text).contains("    3.2  Hồ sơ quá hạn không có văn bản xin lỗi  Thẩm định     2       2        "
                + "1.5        –         1.5    0.5\n");
    }

    @Test
    void unitWithoutLossesSaysSo() {
        CampaignResult r = CampaignTest.ranking(ScoringPolicy.defaults(), "U_A", "10");

        assertThat(r.explain("U_A").toText()).contains("  Không mất điểm nào (no points lost).\n");
        assertThat(r.explain("U_A").leafLosses()).isEmpty();
    }

    @Test
    void explainingAnUnknownUnitNamesTheScoredOnes() {
        CampaignResult r = CampaignTest.ranking(ScoringPolicy.defaults(), "U_B", "5", "U_A", "10");

        assertThatThrownBy(() -> r.explain("U_Q")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit was not scored: U_Q (scored: U_A, U_B)");
    }
}
