package org.parindex.survey.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.RaterScope;
import org.parindex.survey.questionnaire.domain.RatedUnit;
import org.parindex.survey.questionnaire.domain.SheetForm;
import org.parindex.survey.questionnaire.domain.SheetOption;
import org.parindex.survey.questionnaire.domain.SheetQuestion;

class ShippedDataTest {

    private final ShippedData catalog = new ShippedData();

    @Test
    void findsTheShippedFormsAndFrameworksByCode() {
        assertThat(ShippedData.jsonFiles(ShippedData.FORMS)).contains("haiduong-2023-p01.json",
                "haiduong-2023-p06.json", "example-two-tier-2025-p05.json");
        assertThat(catalog.questionnaire("HD-2023-P01")).get().extracting(Questionnaire::ratedLevel)
                .isEqualTo("DEPARTMENT");
        assertThat(catalog.framework("HD-3396-SO")).get().extracting(Framework::level).isEqualTo("DEPARTMENT");
        assertThat(catalog.questionnaire("NO-SUCH-FORM")).isEmpty();
    }

    @Test
    void aFormTakesTheQuestionsLabelsAndTheScalesDontKnow() {
        Questionnaire p01 = catalog.questionnaire("HD-2023-P01").orElseThrow();
        SheetForm form = SheetForm.of(p01, catalog.framework(p01.framework()).orElseThrow(), "Cấp sở",
                RaterScope.ALL_UNITS_OF_LEVEL, List.of(new RatedUnit("SO_NOI_VU", "Sở Nội vụ")));
        assertThat(form.questions()).hasSize(24);
        SheetQuestion q1 = form.question("Q1").orElseThrow();
        assertThat(q1.criterion()).isEqualTo("1.7.1");
        assertThat(q1.options()).containsExactly(new SheetOption("A", "Rất hiệu quả", false),
                new SheetOption("B", "Hiệu quả", false), new SheetOption("C", "Ít hiệu quả", false),
                new SheetOption("D", "Không hiệu quả", false),
                new SheetOption("E", "Không đánh giá được / không biết", true));
        assertThat(form.cells()).hasSize(24);
    }

    @Test
    void everyShippedFormFitsItsFramework() {
        for (String file : ShippedData.jsonFiles(ShippedData.FORMS)) {
            Questionnaire q = catalog.questionnaire(code(file)).orElseThrow(() -> new AssertionError(file));
            SheetForm form = SheetForm.of(q, catalog.framework(q.framework()).orElseThrow(), null,
                    RaterScope.ALL_UNITS_OF_LEVEL, List.of());
            assertThat(form.questions()).as(file).isNotEmpty()
                    .allSatisfy(question -> assertThat(question.options()).filteredOn(o -> !o.dontKnow()).isNotEmpty());
        }
    }

    @Test
    void aFrameworkIsParsedOnceAndKeptWithItsText() {
        ShippedData.Shipped<Framework> so = catalog.shippedFramework("HD-3396-SO").orElseThrow();
        assertThat(so.resource()).startsWith(ShippedData.FRAMEWORKS);
        assertThat(so.text()).contains("\"HD-3396-SO\"");
        assertThat(catalog.framework("HD-3396-SO")).get().isSameAs(so.model());
    }

    @Test
    void listsAndReadsTheShippedSamplePlansWithTheirUnits() {
        assertThat(catalog.samplePlanNames()).contains("haiduong-2023").allSatisfy(n -> assertThat(n).doesNotEndWith(".json"));
        ShippedData.ShippedPlan plan = catalog.samplePlan("haiduong-2023").orElseThrow();
        assertThat(plan.units()).isNotEmpty();
        assertThat(catalog.samplePlan("../forms/haiduong-2023-p01")).isEmpty();
        assertThat(catalog.samplePlan("no-such-plan")).isEmpty();
    }

    /** {@code haiduong-2023-p01.json} → {@code HD-2023-P01}; {@code example-two-tier-2025-p05.json} → {@code EX2-2025-P05}. */
    private static String code(String file) {
        String stem = file.substring(0, file.length() - ".json".length()).toUpperCase(java.util.Locale.ROOT);
        return stem.replace("HAIDUONG-", "HD-").replace("EXAMPLE-TWO-TIER-", "EX2-");
    }
}
