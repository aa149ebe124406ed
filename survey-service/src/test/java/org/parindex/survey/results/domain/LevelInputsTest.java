package org.parindex.survey.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.Unit;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.scoring.format.UnitsCsvReader;

class LevelInputsTest {

    static final Path EXAMPLES = Path.of("../questionnaires/examples");
    static final Framework SO = FrameworkReader.read(Path.of("../questionnaires/frameworks/haiduong-3396-so.json"));
    static final ScoreSheet SHEET = ScoresCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-scores.csv"), SO);
    static final SurveyTally TALLY = AnswersCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-answers.csv"), SO);

    /** The five example departments, one more without scores, and a district with answers about it. */
    static List<Unit> units() {
        List<Unit> units = new ArrayList<>(SHEET.units());
        units.add(Unit.of("SO_Y_TE_MOI", "Sở chưa chấm", "DEPARTMENT"));
        units.add(Unit.of("BINH_GIANG", "UBND huyện Bình Giang", "DISTRICT"));
        return units;
    }

    static List<TallyCount> tally() {
        List<TallyCount> all = new ArrayList<>(TALLY.counts());
        all.add(new TallyCount("SO_Y_TE_MOI", "1.7.1", "HDND_TINH", "A", 3));
        all.add(new TallyCount("BINH_GIANG", "1.7.1", "LANH_DAO_SO", "B", 2));
        return all;
    }

    @Test
    void scoresTheUnitsWithScoresExactlyAsScoringLibDoesOnTheExampleFiles() {
        LevelInputs inputs = LevelInputs.select("DEPARTMENT", "Cấp sở", SO, units(), SHEET.assessments(), tally());

        CampaignResult direct = Campaign.builder(SO).units(SHEET.units()).assessments(SHEET.assessments())
                .tally(TALLY).build().score();
        assertThat(ResultWriter.csv(inputs.score())).isEqualTo(ResultWriter.csv(direct));
        assertThat(inputs.scoredUnits()).extracting(Unit::code).containsExactlyElementsOf(
                SHEET.units().stream().map(Unit::code).toList());
        assertThat(inputs.answers()).isEqualTo(TALLY.answers());
    }

    @Test
    void warnsOfUnitsWithoutScoresAndLeavesTheirAnswersOut() {
        LevelInputs inputs = LevelInputs.select("DEPARTMENT", "Cấp sở", SO, units(), SHEET.assessments(), tally());

        assertThat(inputs.warnings()).hasSize(2);
        assertThat(inputs.warnings().get(0)).contains("1 đơn vị cấp sở", "Sở chưa chấm").doesNotContain("SO_Y_TE_MOI");
        assertThat(inputs.warnings().get(1)).contains("Sở chưa chấm").doesNotContain("SO_Y_TE_MOI");
        assertThat(inputs.tally()).noneMatch(c -> c.unit().equals("SO_Y_TE_MOI") || c.unit().equals("BINH_GIANG"));
    }

    @Test
    void writesTheInputsAsTheFilesTheScoringCliReadsAndTheyScoreTheSame() {
        LevelInputs inputs = LevelInputs.select("DEPARTMENT", "Cấp sở", SO, units(), SHEET.assessments(), tally());

        List<Unit> units = UnitsCsvReader.read("units.csv", new StringReader(inputs.unitsCsv()));
        List<Assessment> rows = ScoresCsvReader.read("scores.csv", new StringReader(inputs.scoresCsv()), SO)
                .assessments();
        SurveyTally tally = AnswersCsvReader.read("answers.csv", new StringReader(inputs.answersCsv()), SO);
        CampaignResult again = Campaign.builder(SO).units(units).assessments(rows).tally(tally).build().score();

        assertThat(ResultWriter.csv(again)).isEqualTo(ResultWriter.csv(inputs.score()));
        assertThat(rows).isEqualTo(SHEET.assessments());
    }

    @Test
    void aLevelWithoutScoresIsNotScorable() {
        LevelInputs inputs = LevelInputs.select("DISTRICT", "Cấp huyện", SO, units(), SHEET.assessments(), tally());

        assertThat(inputs.scorable()).isFalse();
        assertThat(inputs.warnings().get(0)).contains("UBND huyện Bình Giang").doesNotContain("BINH_GIANG");
    }

    @Test
    void keepsTheParentsOfScoredUnitsForRankingWithinThem() {
        List<Unit> units = List.of(new Unit("BG", "UBND huyện Bình Giang", "DISTRICT", null),
                new Unit("BG_XA", "UBND xã A", "DEPARTMENT", "BG"), new Unit("CG", "Cẩm Giàng", "DISTRICT", null));
        List<Assessment> rows = List.of(Assessment.scored("BG_XA", "1.2", "1", "1"));

        LevelInputs inputs = LevelInputs.select("DEPARTMENT", "Cấp sở", SO, units, rows, List.of());

        assertThat(inputs.unitsCsv()).contains("BG,UBND huyện Bình Giang,DISTRICT,").contains("BG_XA")
                .doesNotContain("CG,");
    }

    @Test
    void passesEachAnswersGroupOnSoPerGroupWeightingScoresAsScoringLibDoes() {
        Framework perGroup = SO.withPolicy(SO.policy().toBuilder()
                .surveyConversion(org.parindex.scoring.ScoringPolicy.SurveyConversion.GROUP_MEAN).build());
        LevelInputs inputs = LevelInputs.select("DEPARTMENT", "Cấp sở", perGroup, units(), SHEET.assessments(),
                tally());

        CampaignResult direct = Campaign.builder(perGroup).units(SHEET.units()).assessments(SHEET.assessments())
                .tally(AnswersCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-answers.csv"), perGroup)).build()
                .score();
        assertThat(inputs.tally()).allMatch(c -> c.group() != null);
        assertThat(ResultWriter.csv(inputs.score())).isEqualTo(ResultWriter.csv(direct))
                .isNotEqualTo(ResultWriter.csv(LevelInputs.select("DEPARTMENT", "Cấp sở", SO, units(),
                        SHEET.assessments(), tally()).score()));
        assertThat(inputs.score().unit("SO_NOI_VU").orElseThrow().leaf("1.7.1").orElseThrow().survey().groups())
                .extracting(g -> g.group()).contains("HDND_TINH", "LANH_DAO_MTTQ_TINH");
    }
}
