package org.parindex.scoring.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Area;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Criterion;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.Unit;

/**
 * A synthetic national-scale campaign: 3,400 units, a framework of 100 leaves (10 areas × 5 criteria × 2
 * sub-criteria; 30 SURVEY leaves and 70 APPRAISED leaves using every rule type), one assessment row per unit and
 * APPRAISED leaf (2 % not applicable), and a stream of single survey answers packed into ints. Deterministic
 * (fixed seed).
 */
final class NationalCampaign {

    static final int UNITS = 3_400;
    static final String[] GROUPS = {"HDND_TINH", "MTTQ_TINH", "LANH_DAO_HUYEN", "TRUONG_PHONG", "LANH_DAO_SO",
            "CHU_TICH_XA"};
    static final String[] OPTIONS = {"A", "B", "C", "D", "E"};

    final Framework framework;
    final List<Unit> units = new ArrayList<>(UNITS);
    final List<Assessment> assessments = new ArrayList<>();
    final String[] unitCodes = new String[UNITS];
    final String[] surveyLeaves;
    /** unit (12 bits) | survey leaf (5 bits) | group (3 bits) | option (3 bits). */
    final int[] answers;

    NationalCampaign(int answerCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        framework = framework();
        surveyLeaves = framework.surveyLeaves().stream().map(Leaf::code).toArray(String[]::new);
        for (int u = 0; u < UNITS; u++) {
            unitCodes[u] = String.format("U%04d", u);
            units.add(Unit.of(unitCodes[u], "Đơn vị " + u, "DEPARTMENT"));
        }
        for (int u = 0; u < UNITS; u++) {
            for (Leaf leaf : framework.leaves()) {
                if (leaf.isSurvey()) {
                    continue;
                }
                Assessment.Builder a = Assessment.builder(unitCodes[u], leaf.code()).evidence("Báo cáo");
                if (random.nextInt(50) == 0) {
                    a.notApplicable();
                }
                String figure = figure(leaf.rule(), random);
                if (figure == null) {
                    a.selfScore(BigDecimal.ONE).appraisedScore(BigDecimal.valueOf(random.nextInt(101), 2));
                } else {
                    a.selfFigure(figure).appraisedFigure(figure(leaf.rule(), random));
                }
                assessments.add(a.build());
            }
        }
        answers = new int[answerCount];
        for (int i = 0; i < answerCount; i++) {
            answers[i] = random.nextInt(UNITS) << 11 | random.nextInt(surveyLeaves.length) << 6
                    | random.nextInt(GROUPS.length) << 3 | random.nextInt(OPTIONS.length);
        }
    }

    /** Tallies every answer, one by one, as a survey system would. */
    SurveyTally tally() {
        SurveyTally.Builder b = SurveyTally.builder();
        for (int a : answers) {
            b.answer(unitCodes[a >>> 11], surveyLeaves[(a >>> 6) & 31], GROUPS[(a >>> 3) & 7], OPTIONS[a & 7]);
        }
        return b.build();
    }

    private static String figure(AwardRule rule, SplittableRandom random) {
        if (rule instanceof AwardRule.Levels) {
            return new String[] {"ON_TIME", "LATE", "NONE"}[random.nextInt(3)];
        }
        if (rule instanceof AwardRule.Bands) {
            return BigDecimal.valueOf(8500 + random.nextInt(1501), 2).toPlainString();
        }
        if (rule instanceof AwardRule.Ratio) {
            return random.nextInt(21) + "/20";
        }
        if (rule instanceof AwardRule.Deduction) {
            return Integer.toString(random.nextInt(4));
        }
        return null;
    }

    private static Framework framework() {
        BigDecimal one = BigDecimal.ONE;
        Framework.Builder b = Framework.builder("BENCH", "Bộ chỉ số tổng hợp quy mô quốc gia", "DEPARTMENT",
                BigDecimal.valueOf(100)).scale(AnswerScale.abcde());
        int n = 0;
        for (int a = 1; a <= 10; a++) {
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                List<Leaf> leaves = new ArrayList<>();
                for (int s = 1; s <= 2; s++) {
                    String code = a + "." + c + "." + s;
                    String name = "Tiêu chí thành phần " + code;
                    leaves.add(switch (n++ % 10) {
                        case 0, 1, 2 -> Leaf.survey(code, name, one, "ABCD");
                        case 3 -> Leaf.appraised(code, name, one, AwardRule.levels(
                                AwardRule.Level.of("ON_TIME", "Đúng hạn", "1"),
                                AwardRule.Level.of("LATE", "Chậm", "0.5"), AwardRule.Level.of("NONE", "Không", "0")));
                        case 4 -> Leaf.appraised(code, name, one, AwardRule.bands(AwardRule.Band.of("100", "1"),
                                AwardRule.Band.of("95", "0.75"), AwardRule.Band.of("90", "0.5")));
                        case 5 -> Leaf.appraised(code, name, one, AwardRule.ratio());
                        case 6 -> Leaf.appraised(code, name, one, AwardRule.deduction(new BigDecimal("0.25")));
                        default -> Leaf.appraised(code, name, one);
                    });
                }
                criteria.add(Criterion.of(a + "." + c, "Tiêu chí " + a + "." + c, null, leaves));
            }
            b.area(new Area(Integer.toString(a), "Lĩnh vực " + a, BigDecimal.TEN, criteria));
        }
        return b.build();
    }
}
