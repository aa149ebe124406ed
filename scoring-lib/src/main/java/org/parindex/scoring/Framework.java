package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A PAR Index framework (bộ chỉ số CCHC) for one unit level: areas (lĩnh vực) → criteria (tiêu chí) →
 * sub-criteria (tiêu chí thành phần), each leaf with its max points and method, the answer scales of its SURVEY
 * leaves, and the {@link ScoringPolicy} for everything the sources leave open.
 *
 * <p>Immutable. {@link Builder#build()} checks the whole framework and reports every problem at once in a
 * {@link ValidationException}: APPRAISED and SURVEY maxima that do not add up to the declared total, areas and
 * criteria whose declared max differs from the sum of their children, codes used twice, SURVEY leaves whose scale
 * is not defined.
 *
 * <pre>{@code
 * Framework f = Framework.builder("TOY", "Bộ chỉ số thử", "DEPARTMENT", new BigDecimal("15"))
 *         .scale(AnswerScale.abcde())
 *         .area(Area.of("1", "Chỉ đạo, điều hành", Criterion.leaf(Leaf.appraised("1.1", "Kế hoạch", TEN))))
 *         .area(…)
 *         .build();
 * f.leaf("S1").map(Leaf::method);           // Optional[SURVEY]
 * f.scaleOf(f.leaf("S1").orElseThrow());    // the leaf's AnswerScale
 * }</pre>
 */
public final class Framework {

    private final String code;
    private final String name;
    private final String nameEn;
    private final String level;
    private final String source;
    private final String version;
    private final BigDecimal maxPoints;
    private final ScoringPolicy policy;
    private final List<AnswerScale> scales;
    private final List<Area> areas;

    private final Map<String, AnswerScale> scaleByCode;
    private final Map<String, Leaf> leafByCode;
    private final Map<String, Criterion> criterionByCode;
    private final Map<String, Area> areaByCode;
    private final Map<String, Criterion> criterionOfLeaf;
    private final Map<String, Area> areaOfLeaf;
    private final List<Leaf> leaves;
    private final Map<String, Integer> leafIndex = new HashMap<>();

    private Framework(Builder b) {
        this.code = b.code;
        this.name = b.name;
        this.nameEn = b.nameEn;
        this.level = b.level;
        this.source = b.source;
        this.version = b.version;
        this.maxPoints = b.maxPoints;
        this.policy = b.policy;
        this.scales = List.copyOf(b.scales);
        this.areas = List.copyOf(b.areas);
        Map<String, AnswerScale> scaleMap = new LinkedHashMap<>();
        scales.forEach(s -> scaleMap.putIfAbsent(s.code(), s));
        Map<String, Leaf> leafMap = new LinkedHashMap<>();
        Map<String, Criterion> criterionMap = new LinkedHashMap<>();
        Map<String, Area> areaMap = new LinkedHashMap<>();
        Map<String, Criterion> criterionOf = new HashMap<>();
        Map<String, Area> areaOf = new HashMap<>();
        for (Area area : areas) {
            areaMap.putIfAbsent(area.code(), area);
            for (Criterion criterion : area.criteria()) {
                criterionMap.putIfAbsent(criterion.code(), criterion);
                for (Leaf leaf : criterion.leaves()) {
                    leafMap.putIfAbsent(leaf.code(), leaf);
                    criterionOf.putIfAbsent(leaf.code(), criterion);
                    areaOf.putIfAbsent(leaf.code(), area);
                }
            }
        }
        this.scaleByCode = Collections.unmodifiableMap(scaleMap);
        this.leafByCode = Collections.unmodifiableMap(leafMap);
        this.criterionByCode = Collections.unmodifiableMap(criterionMap);
        this.areaByCode = Collections.unmodifiableMap(areaMap);
        this.criterionOfLeaf = criterionOf;
        this.areaOfLeaf = areaOf;
        this.leaves = List.copyOf(leafMap.values());
        for (int i = 0; i < leaves.size(); i++) {
            leafIndex.put(leaves.get(i).code(), i);
        }
    }

    /** The position of leaf {@code leafCode} in {@link #leaves()}, or -1. */
    int indexOf(String leafCode) {
        Integer i = leafIndex.get(leafCode);
        return i == null ? -1 : i;
    }

    /**
     * A builder for a framework.
     *
     * @param code      framework code, e.g. {@code "HD-3396-SO"}; never blank
     * @param name      name in Vietnamese; never blank
     * @param level     the unit level it scores, e.g. {@code "DEPARTMENT"}; never blank
     * @param maxPoints declared total (usually 100): the sum of the APPRAISED and SURVEY leaves must equal it
     */
    public static Builder builder(String code, String name, String level, BigDecimal maxPoints) {
        return new Builder(code, name, level, maxPoints);
    }

    /** The framework's code. */
    public String code() {
        return code;
    }

    /** The framework's name in Vietnamese. */
    public String name() {
        return name;
    }

    /** The English name, if given. */
    public Optional<String> nameEn() {
        return Optional.ofNullable(nameEn);
    }

    /** The unit level it scores, e.g. {@code "DEPARTMENT"}. */
    public String level() {
        return level;
    }

    /** The decision it comes from, e.g. {@code "QĐ 3396/QĐ-UBND ngày 15/12/2022"}, if given. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** Its version or period, e.g. {@code "2022-2030"}, if given. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The declared total (sum of the APPRAISED and SURVEY leaves' maxima). */
    public BigDecimal maxPoints() {
        return maxPoints;
    }

    /** The scoring policy. */
    public ScoringPolicy policy() {
        return policy;
    }

    /**
     * This framework with another scoring policy, e.g. per-group weighting of the survey instead of the pooled mean
     * (what the command line's {@code --survey-conversion} does); everything else is the same.
     */
    public Framework withPolicy(ScoringPolicy other) {
        Builder b = builder(code, name, level, maxPoints).nameEn(nameEn).source(source).version(version)
                .policy(other).areas(areas);
        scales.forEach(b::scale);
        return b.build();
    }

    /** The answer scales, in framework order. */
    public List<AnswerScale> answerScales() {
        return scales;
    }

    /** The areas, in framework order. */
    public List<Area> areas() {
        return areas;
    }

    /** Every leaf, in framework order. */
    public List<Leaf> leaves() {
        return leaves;
    }

    /** The SURVEY leaves, in framework order. */
    public List<Leaf> surveyLeaves() {
        return leaves.stream().filter(Leaf::isSurvey).toList();
    }

    /** The leaf with this code (a sub-criterion, or a criterion without sub-criteria), if any. */
    public Optional<Leaf> leaf(String leafCode) {
        return Optional.ofNullable(leafByCode.get(leafCode));
    }

    /** The criterion with this code, if any. */
    public Optional<Criterion> criterion(String criterionCode) {
        return Optional.ofNullable(criterionByCode.get(criterionCode));
    }

    /** The area with this code, if any. */
    public Optional<Area> area(String areaCode) {
        return Optional.ofNullable(areaByCode.get(areaCode));
    }

    /** The answer scale with this code, if any. */
    public Optional<AnswerScale> answerScale(String scaleCode) {
        return Optional.ofNullable(scaleByCode.get(scaleCode));
    }

    /** The answer scale of a SURVEY leaf of this framework; empty for other leaves. */
    public Optional<AnswerScale> scaleOf(Leaf leaf) {
        Objects.requireNonNull(leaf, "leaf == null");
        return leaf.scaleCode().map(scaleByCode::get);
    }

    /** The criterion a leaf belongs to (itself for a leaf criterion), if the leaf is in this framework. */
    public Optional<Criterion> criterionOf(String leafCode) {
        return Optional.ofNullable(criterionOfLeaf.get(leafCode));
    }

    /** The area a leaf belongs to, if the leaf is in this framework. */
    public Optional<Area> areaOf(String leafCode) {
        return Optional.ofNullable(areaOfLeaf.get(leafCode));
    }

    /** Sum of the SURVEY leaves' maxima (the survey share, e.g. 20 of 100). */
    public BigDecimal surveyMaxPoints() {
        return leaves.stream().filter(Leaf::isSurvey).map(Leaf::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How a leaf is named in messages: {@code "criterion 1.1"} or {@code "sub-criterion 1.2.1"}. */
    public String describe(String leafCode) {
        Criterion c = criterionOfLeaf.get(leafCode);
        return (c != null && c.isLeaf() ? "criterion " : "sub-criterion ") + leafCode;
    }

    @Override
    public String toString() {
        return "Framework[" + code + " " + level + ", " + Require.plain(maxPoints) + " points, " + areas.size()
                + " areas, " + leaves.size() + " leaves]";
    }

    /** Builds a {@link Framework}; {@link #build()} checks the whole of it. */
    public static final class Builder {

        private final String code;
        private final String name;
        private final String level;
        private final BigDecimal maxPoints;
        private String nameEn;
        private String source;
        private String version;
        private ScoringPolicy policy = ScoringPolicy.defaults();
        private final List<AnswerScale> scales = new ArrayList<>();
        private final List<Area> areas = new ArrayList<>();

        private Builder(String code, String name, String level, BigDecimal maxPoints) {
            this.code = Require.text(code, "code");
            this.name = Require.text(name, "name (framework " + code + ")");
            this.level = Require.text(level, "level (framework " + code + ")");
            Objects.requireNonNull(maxPoints, "maxPoints == null (framework " + code + ")");
            if (maxPoints.signum() <= 0) {
                throw new IllegalArgumentException(
                        "maxPoints must be > 0 (framework " + code + "): " + maxPoints.toPlainString());
            }
            this.maxPoints = maxPoints;
        }

        /** The English name. */
        public Builder nameEn(String value) {
            this.nameEn = Require.blankToNull(value);
            return this;
        }

        /** The decision the framework comes from. */
        public Builder source(String value) {
            this.source = Require.blankToNull(value);
            return this;
        }

        /** The version or period. */
        public Builder version(String value) {
            this.version = Require.blankToNull(value);
            return this;
        }

        /** The scoring policy (default {@link ScoringPolicy#defaults()}). */
        public Builder policy(ScoringPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy == null (framework " + code + ")");
            return this;
        }

        /** Adds an answer scale. */
        public Builder scale(AnswerScale scale) {
            scales.add(Objects.requireNonNull(scale, "scale == null (framework " + code + ")"));
            return this;
        }

        /** Adds an area, after those added before. */
        public Builder area(Area area) {
            areas.add(Objects.requireNonNull(area, "area == null (framework " + code + ")"));
            return this;
        }

        /** Adds areas, in order. */
        public Builder areas(List<Area> value) {
            Require.list(value, "areas (framework " + code + ")").forEach(this::area);
            return this;
        }

        /**
         * The framework.
         *
         * @throws ValidationException listing every problem (item names as in {@link Framework#describe})
         */
        public Framework build() {
            List<Problem> problems = problems();
            if (!problems.isEmpty()) {
                throw new ValidationException("framework " + code, problems);
            }
            return new Framework(this);
        }

        private List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            String self = "framework " + code;
            if (areas.isEmpty()) {
                problems.add(Problem.of(self, "has no areas"));
            }
            Map<String, String> scaleSeen = new HashMap<>();
            for (AnswerScale s : scales) {
                if (scaleSeen.putIfAbsent(s.code(), s.code()) != null) {
                    problems.add(Problem.of("answer scale " + s.code(), "code " + s.code() + " is used twice"));
                }
            }
            Map<String, String> seen = new HashMap<>();
            List<Leaf> allLeaves = new ArrayList<>();
            for (Area area : areas) {
                String areaItem = "area " + area.code();
                String inArea = " of area " + area.code();
                checkUnique(seen, area.code(), areaItem, areaItem, problems);
                checkDeclared(areaItem, area.declaredMaxPoints(), area.leaves(), "criteria", problems);
                for (Criterion criterion : area.criteria()) {
                    String criterionItem = "criterion " + criterion.code();
                    checkUnique(seen, criterion.code(), criterionItem, criterionItem + inArea, problems);
                    if (!criterion.isLeaf()) {
                        checkDeclared(criterionItem, criterion.declaredMaxPoints().orElse(null),
                                criterion.subCriteria(), "sub-criteria", problems);
                    }
                    for (Leaf leaf : criterion.subCriteria()) {
                        checkUnique(seen, leaf.code(), "sub-criterion " + leaf.code(),
                                "sub-criterion " + leaf.code() + inArea, problems);
                    }
                    for (Leaf leaf : criterion.leaves()) {
                        allLeaves.add(leaf);
                        String leafItem = (criterion.isLeaf() ? "criterion " : "sub-criterion ") + leaf.code();
                        if (leaf.scale() != null && !scaleSeen.containsKey(leaf.scale())) {
                            problems.add(Problem.of(leafItem, "answer scale \"" + leaf.scale()
                                    + "\" is not defined (defined: " + (scaleSeen.isEmpty() ? "none"
                                    : String.join(", ", scales.stream().map(AnswerScale::code).distinct().toList())) + ")"));
                        }
                    }
                }
            }
            BigDecimal total = allLeaves.stream().filter(Leaf::countsTowardsTotal).map(Leaf::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!areas.isEmpty() && total.compareTo(maxPoints) != 0) {
                problems.add(Problem.of(self, "maxPoints " + Require.plain(maxPoints)
                        + " ≠ sum of its APPRAISED and SURVEY items " + Require.plain(total)
                        + " (per area: " + areas.stream()
                        .map(a -> a.code() + " = " + Require.plain(a.leaves().stream()
                                .filter(Leaf::countsTowardsTotal).map(Leaf::maxPoints)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .collect(Collectors.joining(", ")) + ")"));
            }
            return problems;
        }

        private static void checkUnique(Map<String, String> seen, String itemCode, String item, String where,
                                        List<Problem> problems) {
            String first = seen.putIfAbsent(itemCode, where);
            if (first != null) {
                problems.add(Problem.of(item, "code " + itemCode + " is already used by " + first));
            }
        }

        private static void checkDeclared(String item, BigDecimal declared, List<Leaf> leaves, String children,
                                          List<Problem> problems) {
            if (declared == null) {
                return;
            }
            BigDecimal sum = Criterion.sumOfMax(leaves);
            if (declared.compareTo(sum) != 0) {
                problems.add(Problem.of(item, "maxPoints " + Require.plain(declared) + " ≠ sum of its " + children
                        + " " + Require.plain(sum)));
            }
        }
    }
}
