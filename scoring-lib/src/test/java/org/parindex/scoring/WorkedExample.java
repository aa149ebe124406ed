package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The worked example of the domain brief (par-index.md §5), built in code: department "Sở X", framework max 15
 * (9 appraised + 6 survey), a five-level scale VG/G/F/A/P with "don't know" DK.
 */
final class WorkedExample {

    static final String UNIT = "SO_X";

    private WorkedExample() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static AnswerScale fiveLevels() {
        return AnswerScale.of("VGFAP",
                AnswerOption.scored("VG", "Rất tốt", d("1.00")),
                AnswerOption.scored("G", "Tốt", d("0.75")),
                AnswerOption.scored("F", "Trung bình", d("0.50")),
                AnswerOption.scored("A", "Dưới trung bình", d("0.25")),
                AnswerOption.scored("P", "Kém", d("0")),
                AnswerOption.unscored("DK", "Không biết"));
    }

    static Framework framework(ScoringPolicy policy) {
        Leaf l11 = Leaf.appraised("1.1", "Ban hành kế hoạch CCHC năm", d("1.0"), AwardRule.levels(
                AwardRule.Level.of("ON_TIME", "Ban hành đúng thời hạn", "1"),
                AwardRule.Level.of("LATE", "Ban hành chậm", "0.5"),
                AwardRule.Level.of("NONE", "Không ban hành", "0")));
        Leaf l12 = Leaf.appraised("1.2", "Mức độ hoàn thành kế hoạch", d("2.0"), AwardRule.ratio());
        Leaf s1 = Leaf.survey("S1", "Chất lượng chỉ đạo, điều hành CCHC", d("3.0"), "VGFAP");
        Leaf l31 = Leaf.appraised("3.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", d("3.0"), AwardRule.bands(
                AwardRule.Band.of("100", "3"), AwardRule.Band.of("95", "2"), AwardRule.Band.of("90", "1")));
        Leaf l32 = Leaf.appraised("3.2", "Hồ sơ quá hạn không có văn bản xin lỗi", d("2.0"),
                AwardRule.deduction(d("0.5")));
        Leaf l33 = Leaf.appraised("3.3", "Công khai thủ tục hành chính", d("1.0"), AwardRule.levels(
                AwardRule.Level.of("DONE", "Công khai đầy đủ", "1"), AwardRule.Level.of("NONE", "Không", "0")));
        Leaf s2 = Leaf.survey("S2", "Thái độ, tinh thần giải quyết TTHC", d("3.0"), "VGFAP");
        return Framework.builder("TOY-SO", "Bộ chỉ số thử nghiệm", "DEPARTMENT", d("15"))
                .policy(policy)
                .scale(fiveLevels())
                .area(new Area("1", "Công tác chỉ đạo, điều hành CCHC", d("6"),
                        List.of(Criterion.leaf(l11), Criterion.leaf(l12), Criterion.leaf(s1))))
                .area(new Area("3", "Cải cách thủ tục hành chính", d("9"),
                        List.of(Criterion.of("TTHC", "Giải quyết TTHC", d("6"), List.of(l31, l32, l33)),
                                Criterion.leaf(s2))))
                .build();
    }

    static Framework framework() {
        return framework(ScoringPolicy.defaults());
    }

    static List<Assessment> assessments() {
        List<Assessment> rows = new ArrayList<>();
        rows.add(Assessment.builder(UNIT, "1.1").selfScore("1.0").appraisedFigure("LATE")
                .evidence("QĐ 15/QĐ-SX ngày 20/01").build());
        rows.add(Assessment.builder(UNIT, "1.2").selfScore("2.0").appraisedFigure("18/20")
                .evidence("Báo cáo CCHC năm").build());
        rows.add(Assessment.builder(UNIT, "3.1").selfScore("3.0").appraisedFigure("97.4")
                .evidence("Số liệu Hệ thống thông tin giải quyết TTHC").build());
        rows.add(Assessment.builder(UNIT, "3.2").selfScore("2.0").appraisedFigure("1")
                .evidence("Danh sách hồ sơ quá hạn").build());
        rows.add(Assessment.builder(UNIT, "3.3").selfScore("1.0").appraisedScore("0").build());
        return rows;
    }

    /** S1: 5/4/1/0/0/2; S2: 2/4/3/1/0/0 (VG/G/F/A/P/DK). */
    static SurveyTally answers() {
        return answers(true);
    }

    /** As {@link #answers()}, with or without S2's answers. */
    static SurveyTally answers(boolean withS2) {
        SurveyTally.Builder b = SurveyTally.builder()
                .add(UNIT, "S1", null, "VG", 5).add(UNIT, "S1", null, "G", 4).add(UNIT, "S1", null, "F", 1)
                .add(UNIT, "S1", null, "A", 0).add(UNIT, "S1", null, "P", 0).add(UNIT, "S1", null, "DK", 2);
        if (withS2) {
            b.add(UNIT, "S2", null, "VG", 2).add(UNIT, "S2", null, "G", 4).add(UNIT, "S2", null, "F", 3)
                    .add(UNIT, "S2", null, "A", 1);
        } else {
            b.add(UNIT, "S2", null, "DK", 3);
        }
        return b.build();
    }

    static CampaignResult score(ScoringPolicy policy, SurveyTally tally) {
        return Campaign.builder(framework(policy)).assessments(assessments()).tally(tally).build().score();
    }
}
