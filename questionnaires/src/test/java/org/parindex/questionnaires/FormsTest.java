package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.PlanLevel;
import org.parindex.scoring.Question;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.SurveyForm;

/** Every shipped questionnaire form asks SURVEY leaves of its framework with the options of their scale. */
class FormsTest {

    private static final Map<String, Framework> FRAMEWORKS = ShippedData.frameworks();
    private static final Map<String, Questionnaire> FORMS = ShippedData.questionnaires();
    private static final Map<String, SamplePlan> PLANS = ShippedData.samplePlans();

    @Test
    void everyFormFitsItsFramework() {
        for (Questionnaire form : FORMS.values()) {
            Framework framework = FRAMEWORKS.get(form.framework());
            assertThat(framework).as(form.code() + " framework " + form.framework()).isNotNull();
            assertThat(form.problemsAgainst(framework)).as(form.code()).isEmpty();
        }
    }

    @Test
    void everyQuestionLabelsAllFiveOptionsOfTheScale() {
        for (Questionnaire form : FORMS.values()) {
            for (Question q : form.questions()) {
                assertThat(q.optionCodes()).as(form.code() + " " + q.code()).containsExactly("A", "B", "C", "D", "E");
                assertThat(q.option("E").orElseThrow().label()).isEqualTo("Không đánh giá được / không biết");
            }
        }
    }

    @Test
    void aFormAsksEachLeafOnce() {
        for (Questionnaire form : FORMS.values()) {
            assertThat(form.questions()).extracting(Question::criterion).as(form.code()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everySurveyLeafOfARatedLevelIsAskedByAFormOfThePlan() {
        for (SamplePlan plan : PLANS.values()) {
            for (PlanLevel level : plan.levels()) {
                Set<String> asked = plan.groupsRating(level.code()).stream()
                        .map(g -> g.formFor(level.code()).orElseThrow().questionnaire())
                        .flatMap(code -> FORMS.get(code).questions().stream())
                        .map(Question::criterion).collect(Collectors.toCollection(TreeSet::new));
                List<String> surveyLeaves = FRAMEWORKS.get(level.framework()).surveyLeaves().stream()
                        .map(Leaf::code).toList();
                assertThat(asked).as(plan.code() + " " + level.code()).containsExactlyInAnyOrderElementsOf(surveyLeaves);
            }
        }
    }

    @Test
    void everyFormIsUsedByAPlan() {
        Set<String> used = PLANS.values().stream().flatMap(p -> p.groups().stream())
                .flatMap(g -> g.forms().stream()).map(SurveyForm::questionnaire).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(FORMS.keySet());
    }

    @Test
    void haiDuongHasOneFormPerGroupAndRatedLevelLikeTheDeployedSystem() {
        assertThat(FORMS.keySet().stream().filter(c -> c.startsWith("HD-2023-")).sorted())
                .containsExactly("HD-2023-P01", "HD-2023-P02", "HD-2023-P03", "HD-2023-P04", "HD-2023-P05",
                        "HD-2023-P06", "HD-2023-XA-P01", "HD-2023-XA-P02");
        assertThat(FORMS.get("HD-2023-XA-P01").framework()).isEqualTo("HD-3395-XA");
        assertThat(FORMS.get("HD-2023-XA-P02").criteria()).containsExactlyInAnyOrderElementsOf(
                FORMS.get("HD-2023-XA-P01").criteria()).hasSize(16);
        assertThat(FORMS.get("HD-2023-P01").title()).startsWith("Phiếu số 01");
        assertThat(FORMS.get("HD-2023-P06").ratedLevel()).isEqualTo("DISTRICT");
    }
}
