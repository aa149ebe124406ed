package org.parindex.survey.results.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.Framework;
import org.parindex.scoring.UnitResult;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;

class ExplanationViewTest {

    static final Path EXAMPLES = Path.of("../questionnaires/examples");
    static final Framework SO = FrameworkReader.read(Path.of("../questionnaires/frameworks/haiduong-3396-so.json"));

    static List<ExplanationView> views() {
        ScoreSheet sheet = ScoresCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-scores.csv"), SO);
        CampaignResult result = Campaign.builder(SO).units(sheet.units()).assessments(sheet.assessments())
                .tally(AnswersCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-answers.csv"), SO)).build().score();
        List<ExplanationView> views = new ArrayList<>();
        for (UnitResult u : result.units()) {
            views.add(ExplanationView.of(Explanation.of(SO, u)));
        }
        return views;
    }

    @Test
    void reasonsAreVietnameseOnlyWithoutLevelCodesOrEnglish() {
        List<String> reasons = views().stream().flatMap(v -> v.losses().stream()).map(ExplanationView.Loss::reason)
                .toList();
        assertThat(reasons).isNotEmpty().allSatisfy(r -> assertThat(r)
                .doesNotContain("self-assessed", "no evidence", "not applicable", "NONE", "PARTIAL", "FULL",
                        "ON_TIME", "LATE", "EXCLUDE", "ZERO", "(scoring-lib)")
                .doesNotContainPattern("\\d\\.\\d"));
        assertThat(String.join("\n", reasons)).contains("mức “").contains("điều tra: ");
    }

    @Test
    void numbersCarryADecimalComma() {
        assertThat(ExplanationView.num(new BigDecimal("0.50"))).isEqualTo("0,5");
        assertThat(ExplanationView.num(new BigDecimal("2"))).isEqualTo("2");
        assertThat(ExplanationView.num(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(ExplanationView.num(new BigDecimal("0.666666"))).isEqualTo("≈0,6667");
        assertThat(ExplanationView.num(null)).isEqualTo("–");
        assertThat(ExplanationView.points(new BigDecimal("71.16666"))).isEqualTo("71,17");
        assertThat(ExplanationView.points(new BigDecimal("100"))).isEqualTo("100");
        assertThat(views()).allSatisfy(v -> {
            assertThat(v.index()).doesNotContain(".");
            assertThat(v.total()).doesNotContain(".");
            v.areas().forEach(a -> assertThat(a.text()).doesNotContain("."));
        });
    }
}
