package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    @Test
    void findsLeavesCriteriaAreasAndScalesByCode() {
        Framework f = WorkedExample.framework();

        assertThat(f.leaf("3.2").orElseThrow().method()).isEqualTo(ScoringMethod.APPRAISED);
        assertThat(f.leaf("TTHC")).isEmpty();
        assertThat(f.criterion("TTHC").orElseThrow().subCriteria()).hasSize(3);
        assertThat(f.criterionOf("3.2").orElseThrow().code()).isEqualTo("TTHC");
        assertThat(f.criterionOf("1.1").orElseThrow().code()).isEqualTo("1.1");
        assertThat(f.areaOf("S2").orElseThrow().code()).isEqualTo("3");
        assertThat(f.scaleOf(f.leaf("S2").orElseThrow()).orElseThrow().code()).isEqualTo("VGFAP");
        assertThat(f.scaleOf(f.leaf("1.1").orElseThrow())).isEmpty();
        assertThat(f.surveyLeaves()).extracting(Leaf::code).containsExactly("S1", "S2");
        assertThat(f.surveyMaxPoints()).isEqualByComparingTo("6");
        assertThat(f.describe("1.1")).isEqualTo("criterion 1.1");
        assertThat(f.describe("3.1")).isEqualTo("sub-criterion 3.1");
        assertThat(f.policy()).isEqualTo(ScoringPolicy.defaults());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Framework.Builder b = Framework.builder("BAD", "Lỗi", "DEPARTMENT", d("10"))
                .scale(AnswerScale.abcde()).scale(AnswerScale.abcde())
                .area(new Area("1", "Một", d("5"), List.of(Criterion.leaf(Leaf.appraised("1.1", "", d("2"))),
                        Criterion.leaf(Leaf.survey("1.2", "", d("2"), "XYZ")))))
                .area(new Area("2", "Hai", null, List.of(Criterion.leaf(Leaf.appraised("1.2", "", d("1"))),
                        Criterion.of("2.3", "", d("4"), List.of(Leaf.appraised("2.3.1", "", d("1")),
                                Leaf.appraised("1", "", d("1")))))));

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly(
                        "answer scale ABCD: code ABCD is used twice",
                        "area 1: maxPoints 5 ≠ sum of its criteria 4",
                        "criterion 1.2: answer scale \"XYZ\" is not defined (defined: ABCD)",
                        "criterion 1.2: code 1.2 is already used by criterion 1.2 of area 1",
                        "criterion 2.3: maxPoints 4 ≠ sum of its sub-criteria 2",
                        "sub-criterion 1: code 1 is already used by area 1",
                        "framework BAD: maxPoints 10 ≠ sum of its APPRAISED and SURVEY items 7 (per area: 1 = 4, "
                                + "2 = 3)"));
    }

    @Test
    void bonusLeavesAreOutsideTheDeclaredTotal() {
        Framework f = Framework.builder("B", "Thưởng", "DEPARTMENT", d("1"))
                .area(Area.of("1", "Một", Criterion.leaf(Leaf.appraised("1.1", "", d("1"))),
                        Criterion.leaf(Leaf.bonus("1.2", "", d("3")))))
                .build();

        assertThat(f.maxPoints()).isEqualByComparingTo("1");
        assertThat(f.leaves()).hasSize(2);
    }

    @Test
    void needsAreasAndAPositiveTotal() {
        assertThatThrownBy(() -> Framework.builder("E", "Rỗng", "DEPARTMENT", d("10")).build())
                .hasMessageContaining("framework E: has no areas");
        assertThatThrownBy(() -> Framework.builder("E", "Rỗng", "DEPARTMENT", d("0")))
                .hasMessage("maxPoints must be > 0 (framework E): 0");
        assertThatThrownBy(() -> Framework.builder("E", " ", "DEPARTMENT", d("1")))
                .hasMessage("name (framework E) is blank");
    }

    @Test
    void withPolicyChangesThePolicyOnly() {
        Framework f = WorkedExample.framework(ScoringPolicy.defaults());
        ScoringPolicy perGroup = ScoringPolicy.builder().surveyConversion(ScoringPolicy.SurveyConversion.GROUP_MEAN)
                .groupWeight("G1", java.math.BigDecimal.TEN).build();

        Framework g = f.withPolicy(perGroup);

        org.assertj.core.api.Assertions.assertThat(g.policy()).isEqualTo(perGroup);
        org.assertj.core.api.Assertions.assertThat(g.leaves()).isEqualTo(f.leaves());
        org.assertj.core.api.Assertions.assertThat(g.code()).isEqualTo(f.code());
        org.assertj.core.api.Assertions.assertThat(g.maxPoints()).isEqualByComparingTo(f.maxPoints());
        org.assertj.core.api.Assertions.assertThat(f.policy()).isEqualTo(ScoringPolicy.defaults());
    }
}
