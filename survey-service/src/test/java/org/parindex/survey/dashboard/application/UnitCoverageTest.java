package org.parindex.survey.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.format.FrameworkReader;

class UnitCoverageTest {

    static final Framework SO = FrameworkReader.read(Path.of("../questionnaires/frameworks/haiduong-3396-so.json"));

    @Test
    void aUnitNobodyRatedLacksRaters() {
        UnitCoverage c = UnitCoverage.of("SO_X", SO, List.of());

        assertThat(c.raters()).isZero();
        assertThat(c.minValid()).isZero();
        assertThat(c.lacking()).isTrue();
    }

    @Test
    void countsRatersByTheMostAnsweredCriterionAndValidityByTheLeastAndDontKnowIsNotValid() {
        List<TallyCount> tally = new ArrayList<>();
        for (Leaf leaf : SO.surveyLeaves()) {
            tally.add(new TallyCount("SO_X", leaf.code(), "HDND_TINH", "A", 3));
        }
        String first = SO.surveyLeaves().get(0).code();
        tally.add(new TallyCount("SO_X", first, "LANH_DAO_SO", "E", 2));

        UnitCoverage c = UnitCoverage.of("SO_X", SO, tally);

        assertThat(c.raters()).isEqualTo(5);
        assertThat(c.minValid()).isEqualTo(3);
        assertThat(c.lacking()).isFalse();
    }

    @Test
    void oneCriterionWithOnlyDontKnowAnswersMakesTheUnitLack() {
        List<TallyCount> tally = new ArrayList<>();
        for (Leaf leaf : SO.surveyLeaves()) {
            tally.add(new TallyCount("SO_X", leaf.code(), "HDND_TINH", leaf == SO.surveyLeaves().get(1) ? "E" : "B",
                    4));
        }

        UnitCoverage c = UnitCoverage.of("SO_X", SO, tally);

        assertThat(c.minValid()).isZero();
        assertThat(c.lacking()).isTrue();
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(DashboardService.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(DashboardService.percent(0, 0)).isEqualByComparingTo("0");
        assertThat(DashboardService.percent(510, 510)).isEqualByComparingTo("100.0");
    }
}
