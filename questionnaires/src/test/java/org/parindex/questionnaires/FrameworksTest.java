package org.parindex.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.AnswerOption;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Area;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.format.FrameworkReader;

/** Every shipped framework loads, adds up, and says what is real and what is assumed. */
class FrameworksTest {

    private static final Map<String, Framework> FRAMEWORKS = ShippedData.frameworks();

    private static BigDecimal total(Framework f, boolean survey) {
        return f.leaves().stream().filter(Leaf::countsTowardsTotal).filter(l -> l.isSurvey() == survey)
                .map(Leaf::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertSplit(String code, String appraised, String survey, int areas, Integer criteria) {
        Framework f = FRAMEWORKS.get(code);
        assertThat(f).as(code).isNotNull();
        assertThat(total(f, false)).as(code + " appraised points").isEqualByComparingTo(appraised);
        assertThat(total(f, true)).as(code + " survey points").isEqualByComparingTo(survey);
        assertThat(f.areas()).as(code + " areas").hasSize(areas);
        if (criteria != null) {
            assertThat(f.areas().stream().mapToInt(a -> a.criteria().size()).sum()).as(code + " criteria")
                    .isEqualTo(criteria);
        }
    }

    @Test
    void everyFileHasItsOwnCode() {
        List<String> codes = ShippedData.files("frameworks", ".json").stream()
                .map(p -> FrameworkReader.read(p).code()).toList();

        assertThat(codes).doesNotHaveDuplicates().hasSize(FRAMEWORKS.size());
    }

    @Test
    void leafMaximaAddUpToEveryDeclaredTotal() {
        for (Framework f : FRAMEWORKS.values()) {
            assertThat(total(f, false).add(total(f, true))).as(f.code()).isEqualByComparingTo(f.maxPoints());
            for (Area a : f.areas()) {
                a.declaredMax().ifPresent(max -> assertThat(a.maxPoints()).as(f.code() + " area " + a.code())
                        .isEqualByComparingTo(max));
            }
        }
    }

    @Test
    void leafCodesAreUniqueAndNestedUnderTheirCriterion() {
        for (Framework f : FRAMEWORKS.values()) {
            assertThat(f.leaves()).extracting(Leaf::code).as(f.code()).doesNotHaveDuplicates();
            for (Leaf leaf : f.leaves()) {
                String criterion = f.criterionOf(leaf.code()).orElseThrow().code();
                String area = f.areaOf(leaf.code()).orElseThrow().code();
                assertThat(leaf.code()).as(f.code()).startsWith(criterion);
                assertThat(criterion).as(f.code()).startsWith(area + ".");
            }
        }
    }

    @Test
    void hasTheRealSplitsOfTheSources() {
        // Hà Tĩnh QĐ 52/2019: areas, criteria, appraised + survey points per level.
        assertSplit("HT-52-SO", "80", "20", 8, 39);
        assertSplit("HT-52-HUYEN", "80", "20", 9, 44);
        assertSplit("HT-52-XA", "70", "30", 9, 34);
        assertSplit("HT-52-TW", "40", "20", 5, 21);
        assertThat(FRAMEWORKS.get("HT-52-TW").maxPoints()).isEqualByComparingTo("60");
        // Hải Dương 3396/3395: 8 reform areas of the 2023 reform plan; the splits are assumed (see the files).
        assertSplit("HD-3396-SO", "80", "20", 8, null);
        assertSplit("HD-3396-HUYEN", "80", "20", 8, null);
        assertSplit("HD-3395-XA", "70", "30", 8, null);
        // QĐ 2948/QĐ-BNV provincial area maxima, and its criteria per area.
        Framework bnv = FRAMEWORKS.get("BNV-2948-TINH");
        assertThat(bnv.areas()).extracting(a -> a.maxPoints().stripTrailingZeros().toPlainString())
                .containsExactly("10", "10", "14.5", "11", "16", "7", "16", "15.5");
        assertThat(bnv.areas()).extracting(a -> a.criteria().size()).containsExactly(6, 4, 5, 4, 9, 3, 5, 3);
    }

    @Test
    void hasTheReformAreasOfTheHaiDuongPlan() {
        for (String code : List.of("HD-3396-SO", "HD-3396-HUYEN", "HD-3395-XA")) {
            assertThat(FRAMEWORKS.get(code).areas()).extracting(Area::name).as(code).containsExactly(
                    "Công tác chỉ đạo, điều hành cải cách hành chính",
                    "Cải cách thể chế",
                    "Cải cách thủ tục hành chính",
                    "Cải cách tổ chức bộ máy hành chính nhà nước",
                    "Cải cách chế độ công vụ",
                    "Cải cách tài chính công",
                    "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                    "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội");
        }
    }

    @Test
    void haiDuongFrameworksUseEveryRuleType() {
        for (String code : List.of("HD-3396-SO", "HD-3396-HUYEN", "HD-3395-XA")) {
            Set<String> types = new TreeSet<>();
            FRAMEWORKS.get(code).leaves().forEach(l -> l.awardRule().map(AwardRule::type).ifPresent(types::add));
            assertThat(types).as(code).containsExactly("BANDS", "BONUS", "DEDUCTION", "LEVELS", "RATIO");
        }
    }

    @Test
    void surveyLeavesUseTheDefaultScaleOfTheDeployedSystem() {
        for (Framework f : FRAMEWORKS.values()) {
            for (Leaf leaf : f.surveyLeaves()) {
                AnswerScale scale = f.scaleOf(leaf).orElseThrow();
                assertThat(scale.optionCodes()).as(f.code() + " " + leaf.code()).containsExactly("A", "B", "C", "D", "E");
                assertThat(scale.options()).extracting(o -> o.coefficientValue().map(BigDecimal::toPlainString)
                        .orElse("unscored")).containsExactly("1.00", "0.60", "0.20", "0", "unscored");
                assertThat(scale.option("E").map(AnswerOption::label))
                        .contains("Không đánh giá được / không biết");
            }
        }
    }

    @Test
    void everyLeafIsRealOrMarkedAssumed() throws IOException {
        // A leaf is covered when it, its criterion, its area or the whole framework carries "assumed": true.
        for (Path file : ShippedData.files("frameworks", ".json")) {
            JsonObject root = read(file);
            assertThat(root.getString("note", "")).as(file + " says what is real").isNotBlank();
            List<String> unmarked = new ArrayList<>();
            boolean rootAssumed = assumed(root);
            for (JsonValue a : root.getJsonArray("areas")) {
                boolean areaAssumed = rootAssumed || assumed(a.asJsonObject());
                for (JsonValue c : a.asJsonObject().getJsonArray("criteria")) {
                    JsonObject criterion = c.asJsonObject();
                    boolean critAssumed = areaAssumed || assumed(criterion);
                    List<JsonObject> leaves = criterion.containsKey("subCriteria")
                            ? criterion.getJsonArray("subCriteria").getValuesAs(JsonObject.class) : List.of(criterion);
                    for (JsonObject leaf : leaves) {
                        if (!critAssumed && !assumed(leaf)) {
                            unmarked.add(leaf.getString("code"));
                        }
                    }
                }
            }
            assertThat(unmarked).as(file + ": leaves the sources did not give must be marked assumed").isEmpty();
            assertThat(assumed(root.getJsonObject("policy"))).as(file + " policy").isTrue();
        }
    }

    private static boolean assumed(JsonObject o) {
        return o.getBoolean("assumed", false);
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonParser p = Json.createParser(in)) {
            p.next();
            return p.getObject();
        }
    }

    @org.junit.jupiter.api.Test
    void haiDuongClassifiesInTheThreeGroupsOfIts2022Publication() {
        for (String code : java.util.List.of("HD-3396-SO", "HD-3396-HUYEN", "HD-3395-XA")) {
            org.parindex.scoring.Framework f = ShippedData.frameworks().get(code);
            org.assertj.core.api.Assertions.assertThat(f.policy().bands()).as(code)
                    .extracting(b -> b.minIndex().stripTrailingZeros().toPlainString()).containsExactly("90", "80", "0");
        }
    }

    @org.junit.jupiter.api.Test
    void theSplitDoubleBarrelledLeavesKeepTheirCriterionsPoints() {
        org.parindex.scoring.Framework so = ShippedData.frameworks().get("HD-3396-SO");
        org.parindex.scoring.Framework huyen = ShippedData.frameworks().get("HD-3396-HUYEN");
        java.util.function.BiFunction<org.parindex.scoring.Framework, java.util.List<String>, String> sum = (f, codes) ->
                codes.stream().map(c -> f.leaf(c).orElseThrow().maxPoints()).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add).stripTrailingZeros().toPlainString();
        org.assertj.core.api.Assertions.assertThat(sum.apply(so, java.util.List.of("2.5.2", "2.5.3", "2.5.4"))).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(sum.apply(so, java.util.List.of("3.7.3", "3.7.5"))).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(sum.apply(so, java.util.List.of("8.4.2", "8.4.3"))).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(sum.apply(huyen, java.util.List.of("3.7.3", "3.7.5"))).isEqualTo("1");
        org.assertj.core.api.Assertions.assertThat(sum.apply(huyen, java.util.List.of("8.6.3", "8.6.4"))).isEqualTo("1");
    }
}
