package org.parindex.scoring.format;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jakarta.json.JsonValue;
import org.parindex.scoring.AnswerOption;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Area;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.ClassificationBand;
import org.parindex.scoring.Criterion;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ScoringMethod;
import org.parindex.scoring.ScoringPolicy;
import org.parindex.scoring.ValidationException;

/**
 * Reads a framework file ({@code parindex-framework/1}, see {@code questionnaires/README.md}) into a
 * {@link Framework}, checking all of it: every problem of the file — a missing or mistyped field, an unknown
 * method or rule type, points that do not add up, a code used twice, a SURVEY leaf whose scale is not defined —
 * is reported at once in one {@link ValidationException}, each with the item's name and its line in the file.
 *
 * <pre>{@code
 * Framework f = FrameworkReader.read(Path.of("questionnaires/frameworks/haiduong-3396-so.json"));
 * }</pre>
 */
public final class FrameworkReader {

    /** The {@code format} value this reader understands. */
    public static final String FORMAT = "parindex-framework/1";

    private static final Set<String> ROOT_KEYS = Set.of("format", "code", "name", "nameEn", "level", "source",
            "version", "maxPoints", "policy", "answerScales", "areas");
    private static final Set<String> AREA_KEYS = Set.of("code", "name", "nameEn", "description", "maxPoints",
            "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("code", "name", "nameEn", "description", "maxPoints",
            "method", "rule", "scale", "subCriteria");
    private static final Set<String> LEAF_KEYS = Set.of("code", "name", "nameEn", "description", "maxPoints",
            "method", "rule", "scale");
    private static final Set<String> SCALE_KEYS = Set.of("code", "name", "options");
    private static final Set<String> OPTION_KEYS = Set.of("code", "label", "coefficient");
    private static final Set<String> POLICY_KEYS = Set.of("rounding", "missingEvidence", "survey", "ties",
            "rankWithin", "bands");
    private static final Set<String> ROUNDING_KEYS = Set.of("scale", "mode");
    private static final Set<String> SURVEY_KEYS = Set.of("conversion", "groupWeights", "positiveThreshold",
            "minValidAnswers", "belowMinimum");
    private static final Set<String> BAND_KEYS = Set.of("code", "name", "minIndex");

    private FrameworkReader() {
    }

    /**
     * Reads a framework file (UTF-8).
     *
     * @throws ValidationException listing every problem, each with the file and line; a missing file is one
     */
    public static Framework read(Path file) {
        Objects.requireNonNull(file, "file == null");
        return read(file.toString(), open(file));
    }

    /**
     * Reads a framework from {@code json} (closed afterwards); {@code sourceName} names it in problems.
     *
     * @throws ValidationException listing every problem, each with {@code sourceName} and the line
     */
    public static Framework read(String sourceName, Reader json) {
        Objects.requireNonNull(sourceName, "sourceName == null");
        Objects.requireNonNull(json, "json == null (" + sourceName + ")");
        return new Parse(new JsonFields(JsonDocument.read(sourceName, json))).framework();
    }

    /** Reads a framework held in a string, e.g. in tests. */
    public static Framework parse(String sourceName, String json) {
        Objects.requireNonNull(json, "json == null (" + sourceName + ")");
        return read(sourceName, new java.io.StringReader(json));
    }

    static Reader open(Path file) {
        try {
            return Utf8File.open(file);
        } catch (NoSuchFileException e) {
            throw new ValidationException(file.toString(),
                    List.of(Problem.of("file", "does not exist").at(file.toString(), 0)));
        } catch (IOException e) {
            throw new ValidationException(file.toString(),
                    List.of(Problem.of("file", "cannot be read: " + e.getMessage()).at(file.toString(), 0)));
        }
    }

    /** One parse of one document. */
    private static final class Parse {

        private final JsonFields json;
        /** Items that lost a child to a problem: their sums are not checked again. */
        private final Set<String> incomplete = new HashSet<>();
        /** Scales that have a problem: leaves may still name them. */
        private final List<String> brokenScales = new ArrayList<>();

        Parse(JsonFields json) {
            this.json = json;
        }

        Framework framework() {
            JsonFields.Element root = json.root("framework");
            if (root == null) {
                throw failure("framework");
            }
            String code = json.text(root, "code", "framework", true);
            String item = code == null ? "framework" : "framework " + code;
            json.locate(item, "");
            json.checkKeys(root, item, ROOT_KEYS);
            String format = json.text(root, "format", item, true);
            if (format != null && !format.equals(FORMAT)) {
                json.problem(root.child("format"), item, "format must be \"" + FORMAT + "\": \"" + format + "\"");
            }
            String name = json.text(root, "name", item, true);
            String level = json.text(root, "level", item, true);
            BigDecimal maxPoints = json.decimal(root, "maxPoints", item, true);
            if (maxPoints != null && maxPoints.signum() <= 0) {
                json.problem(root.child("maxPoints"), item, "maxPoints must be > 0: " + maxPoints.toPlainString());
                maxPoints = null;
            }
            ScoringPolicy policy = policy(json.object(root, "policy", item, false));
            List<AnswerScale> scales = new ArrayList<>();
            for (JsonFields.Element s : json.objects(root, "answerScales", item, false, false)) {
                AnswerScale scale = scale(s);
                if (scale != null) {
                    scales.add(scale);
                }
            }
            List<Area> areas = new ArrayList<>();
            for (JsonFields.Element a : json.objects(root, "areas", item, true, true)) {
                Area area = area(a);
                if (area != null) {
                    areas.add(area);
                }
            }
            if (code == null || name == null || level == null || maxPoints == null || areas.isEmpty()) {
                throw failure(item);
            }
            if (!incomplete.isEmpty() || areas.size() < json.objects(root, "areas", item, false, false).size()) {
                incomplete.add(item);
            }
            Framework.Builder builder = Framework.builder(code, name, level, maxPoints)
                    .nameEn(json.text(root, "nameEn", item, false))
                    .source(json.text(root, "source", item, false))
                    .version(json.text(root, "version", item, false))
                    .policy(policy == null ? ScoringPolicy.defaults() : policy)
                    .areas(areas);
            scales.forEach(builder::scale);
            brokenScales.forEach(s -> builder.scale(AnswerScale.of(s, AnswerOption.scored("?", "?", BigDecimal.ONE))));
            Framework framework = null;
            List<Problem> modelProblems = List.of();
            try {
                framework = builder.build();
            } catch (ValidationException e) {
                // Sums over items that lost a child to an earlier problem would only repeat that problem.
                modelProblems = e.problems().stream()
                        .filter(p -> !(incomplete.contains(p.item()) && p.message().startsWith("maxPoints")))
                        .map(json::located).toList();
            }
            List<Problem> all = new ArrayList<>(json.problems());
            all.addAll(modelProblems);
            if (!all.isEmpty()) {
                all.sort(java.util.Comparator.comparingInt(Problem::line));
                throw new ValidationException(json.source(), all);
            }
            return framework;
        }

        private ValidationException failure(String item) {
            if (json.problems().isEmpty()) {
                json.problem("", item, "cannot be read");
            }
            return new ValidationException(json.source(), json.problems());
        }

        private Area area(JsonFields.Element a) {
            String code = json.text(a, "code", "area at " + a.pointer(), true);
            String item = code == null ? "area at " + a.pointer() : "area " + code;
            json.locate(item, a.pointer());
            json.checkKeys(a, item, AREA_KEYS);
            String name = json.text(a, "name", item, true);
            BigDecimal max = json.nonNegative(a, "maxPoints", item, false);
            List<Criterion> criteria = new ArrayList<>();
            int incompleteBefore = incomplete.size();
            List<JsonFields.Element> elements = json.objects(a, "criteria", item, true, true);
            for (JsonFields.Element c : elements) {
                Criterion criterion = criterion(c);
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
            if (criteria.size() < elements.size() || incomplete.size() > incompleteBefore) {
                incomplete.add(item);
            }
            if (code == null || criteria.isEmpty()) {
                return null;
            }
            return construct(item, a.pointer(), () -> new Area(code, name, max, criteria));
        }

        private Criterion criterion(JsonFields.Element c) {
            String code = json.text(c, "code", "criterion at " + c.pointer(), true);
            String item = code == null ? "criterion at " + c.pointer() : "criterion " + code;
            json.locate(item, c.pointer());
            json.checkKeys(c, item, CRITERION_KEYS);
            if (!c.has("subCriteria")) {
                Leaf leaf = leaf(c, code, item);
                return leaf == null ? null : Criterion.leaf(leaf);
            }
            for (String key : List.of("method", "rule", "scale")) {
                if (c.has(key)) {
                    json.problem(c.child(key), item, "a criterion with subCriteria cannot have " + key
                            + " (its sub-criteria are scored)");
                }
            }
            String name = json.text(c, "name", item, true);
            BigDecimal max = json.nonNegative(c, "maxPoints", item, false);
            List<Leaf> leaves = new ArrayList<>();
            List<JsonFields.Element> elements = json.objects(c, "subCriteria", item, true, true);
            for (JsonFields.Element s : elements) {
                String subCode = json.text(s, "code", "sub-criterion at " + s.pointer(), true);
                String subItem = subCode == null ? "sub-criterion at " + s.pointer() : "sub-criterion " + subCode;
                json.locate(subItem, s.pointer());
                json.checkKeys(s, subItem, LEAF_KEYS);
                Leaf leaf = leaf(s, subCode, subItem);
                if (leaf != null) {
                    leaves.add(leaf);
                }
            }
            if (leaves.size() < elements.size()) {
                incomplete.add(item);
            }
            if (code == null || leaves.isEmpty()) {
                return null;
            }
            return construct(item, c.pointer(), () -> Criterion.of(code, name, max, leaves));
        }

        private Leaf leaf(JsonFields.Element e, String code, String item) {
            String name = json.text(e, "name", item, true);
            BigDecimal max = json.nonNegative(e, "maxPoints", item, true);
            ScoringMethod method = null;
            if (!e.has("method")) {
                json.problem(e.pointer(), item, "method is missing (APPRAISED, SURVEY or BONUS): a criterion "
                        + "without subCriteria is a leaf and must say how it is scored");
            } else {
                method = json.enumValue(e, "method", item, ScoringMethod.class);
            }
            String scale = json.text(e, "scale", item, false);
            AwardRule rule = null;
            JsonFields.Element r = json.object(e, "rule", item, false);
            if (method == ScoringMethod.SURVEY) {
                if (scale == null) {
                    json.problem(e.pointer(), item, "a SURVEY leaf needs scale (the code of an answer scale)");
                }
                if (r != null) {
                    json.problem(r.pointer(), item, "a SURVEY leaf is scored from answers and cannot have a rule");
                    r = null;
                }
            } else if (method != null && scale != null) {
                json.problem(e.child("scale"), item, "only a SURVEY leaf has a scale, not a " + method + " leaf");
            }
            if (r != null) {
                rule = rule(r, item, max);
            } else if (method == ScoringMethod.BONUS) {
                rule = AwardRule.bonus();
            }
            if (code == null || max == null || method == null || (r != null && rule == null)
                    || (method == ScoringMethod.SURVEY && scale == null)) {
                return null;
            }
            AwardRule finalRule = rule;
            ScoringMethod finalMethod = method;
            return construct(item, e.pointer(), () -> new Leaf(code, name, max, finalMethod, finalRule,
                    finalMethod == ScoringMethod.SURVEY ? scale : null));
        }

        private AwardRule rule(JsonFields.Element r, String item, BigDecimal max) {
            String type = json.text(r, "type", item, true);
            if (type == null) {
                return null;
            }
            int before = json.problems().size();
            AwardRule rule;
            switch (type) {
                case "LEVELS" -> {
                    json.checkKeys(r, item, Set.of("type", "levels"));
                    List<AwardRule.Level> levels = new ArrayList<>();
                    Set<String> codes = new HashSet<>();
                    for (JsonFields.Element l : json.objects(r, "levels", item, true, true)) {
                        json.checkKeys(l, item, Set.of("code", "label", "points"));
                        String code = json.text(l, "code", item, true);
                        BigDecimal points = json.nonNegative(l, "points", item, true);
                        if (code != null && !codes.add(code)) {
                            json.problem(l.child("code"), item, "level code " + code + " is used twice");
                        }
                        if (points != null && max != null && points.compareTo(max) > 0) {
                            json.problem(l.child("points"), item, "level " + code + " is worth "
                                    + points.toPlainString() + ", more than maxPoints " + max.toPlainString());
                        }
                        if (code != null && points != null) {
                            levels.add(new AwardRule.Level(code, json.text(l, "label", item, false), points));
                        }
                    }
                    rule = json.problems().size() > before || levels.isEmpty() ? null : new AwardRule.Levels(levels);
                }
                case "BANDS" -> {
                    json.checkKeys(r, item, Set.of("type", "bands", "otherwise"));
                    List<AwardRule.Band> bands = new ArrayList<>();
                    Set<BigDecimal> mins = new HashSet<>();
                    for (JsonFields.Element b : json.objects(r, "bands", item, true, true)) {
                        json.checkKeys(b, item, Set.of("min", "points"));
                        BigDecimal min = json.nonNegative(b, "min", item, true);
                        BigDecimal points = json.nonNegative(b, "points", item, true);
                        if (min != null && !mins.add(min.stripTrailingZeros())) {
                            json.problem(b.child("min"), item, "band min " + min.toPlainString() + " is used twice");
                        }
                        if (points != null && max != null && points.compareTo(max) > 0) {
                            json.problem(b.child("points"), item, "band from " + min + "% is worth "
                                    + points.toPlainString() + ", more than maxPoints " + max.toPlainString());
                        }
                        if (min != null && points != null) {
                            bands.add(new AwardRule.Band(min, points));
                        }
                    }
                    BigDecimal otherwise = json.nonNegative(r, "otherwise", item, false);
                    if (otherwise != null && max != null && otherwise.compareTo(max) > 0) {
                        json.problem(r.child("otherwise"), item, "otherwise is worth " + otherwise.toPlainString()
                                + ", more than maxPoints " + max.toPlainString());
                    }
                    rule = json.problems().size() > before || bands.isEmpty() ? null
                            : new AwardRule.Bands(bands, otherwise);
                }
                case "RATIO" -> {
                    json.checkKeys(r, item, Set.of("type"));
                    rule = AwardRule.ratio();
                }
                case "DEDUCTION" -> {
                    json.checkKeys(r, item, Set.of("type", "perViolation"));
                    BigDecimal per = json.decimal(r, "perViolation", item, true);
                    if (per != null && per.signum() <= 0) {
                        json.problem(r.child("perViolation"), item, "perViolation must be > 0: "
                                + per.toPlainString());
                        per = null;
                    }
                    rule = per == null ? null : AwardRule.deduction(per);
                }
                case "BONUS" -> {
                    json.checkKeys(r, item, Set.of("type"));
                    rule = AwardRule.bonus();
                }
                default -> {
                    json.problem(ProblemCode.NOT_ONE_OF, r.child("type"), item, "type", type, "rule type must be one "
                            + "of [LEVELS, BANDS, RATIO, DEDUCTION, BONUS]: \"" + type + "\"", "allowed",
                            "LEVELS,BANDS,RATIO,DEDUCTION,BONUS");
                    rule = null;
                }
            }
            return rule;
        }

        private AnswerScale scale(JsonFields.Element s) {
            String code = json.text(s, "code", "answer scale at " + s.pointer(), true);
            String item = code == null ? "answer scale at " + s.pointer() : "answer scale " + code;
            json.locate(item, s.pointer());
            json.checkKeys(s, item, SCALE_KEYS);
            int before = json.problems().size();
            List<AnswerOption> options = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (JsonFields.Element o : json.objects(s, "options", item, true, true)) {
                json.checkKeys(o, item, OPTION_KEYS);
                String optionCode = json.text(o, "code", item, true);
                if (optionCode != null && !codes.add(optionCode)) {
                    json.problem(o.child("code"), item, "option code " + optionCode + " is used twice");
                }
                BigDecimal coefficient = null;
                if (!o.object().containsKey("coefficient")) {
                    json.problem(o.pointer(), item, "option " + optionCode + ": coefficient is missing "
                            + "(a number in [0, 1], or null for an unscored \"don't know\" option)");
                } else if (o.object().get("coefficient").getValueType() != JsonValue.ValueType.NULL) {
                    coefficient = json.decimal(o, "coefficient", item, true);
                    if (coefficient != null && (coefficient.signum() < 0
                            || coefficient.compareTo(BigDecimal.ONE) > 0)) {
                        json.problem(o.child("coefficient"), item, "option " + optionCode
                                + ": coefficient must be in [0, 1]: " + coefficient.toPlainString());
                    }
                }
                if (optionCode != null) {
                    options.add(new AnswerOption(optionCode, json.text(o, "label", item, false),
                            coefficient != null && coefficient.signum() >= 0
                                    && coefficient.compareTo(BigDecimal.ONE) <= 0 ? coefficient : null));
                }
            }
            if (!options.isEmpty() && options.stream().noneMatch(AnswerOption::isScored)
                    && json.problems().size() == before) {
                json.problem(s.pointer(), item, "has no scored option (every coefficient is null)");
            }
            if (code == null || json.problems().size() > before) {
                if (code != null) {
                    brokenScales.add(code);
                }
                return null;
            }
            return construct(item, s.pointer(), () -> new AnswerScale(code, options));
        }

        private ScoringPolicy policy(JsonFields.Element p) {
            if (p == null) {
                return null;
            }
            String item = "policy";
            json.locate(item, p.pointer());
            json.checkKeys(p, item, POLICY_KEYS);
            ScoringPolicy.Builder b = ScoringPolicy.builder();
            JsonFields.Element rounding = json.object(p, "rounding", item, false);
            if (rounding != null) {
                json.checkKeys(rounding, item, ROUNDING_KEYS);
                Integer scale = json.integer(rounding, "scale", item, 0, 10, false);
                RoundingMode mode = json.enumValue(rounding, "mode", item, RoundingMode.class);
                if (mode == RoundingMode.UNNECESSARY) {
                    json.problem(rounding.child("mode"), item, "rounding mode must round: UNNECESSARY");
                    mode = null;
                }
                b.rounding(scale == null ? 2 : scale, mode == null ? RoundingMode.HALF_UP : mode);
            }
            ScoringPolicy.MissingEvidence missing = json.enumValue(p, "missingEvidence", item,
                    ScoringPolicy.MissingEvidence.class);
            if (missing != null) {
                b.missingEvidence(missing);
            }
            JsonFields.Element survey = json.object(p, "survey", item, false);
            if (survey != null) {
                json.checkKeys(survey, item, SURVEY_KEYS);
                ScoringPolicy.SurveyConversion conversion = json.enumValue(survey, "conversion", item,
                        ScoringPolicy.SurveyConversion.class);
                if (conversion != null) {
                    b.surveyConversion(conversion);
                }
                JsonFields.Element weights = json.object(survey, "groupWeights", item, false);
                if (weights != null) {
                    for (Map.Entry<String, JsonValue> w : weights.object().entrySet()) {
                        BigDecimal weight = json.nonNegative(weights, w.getKey(), item, true);
                        if (weight != null) {
                            b.groupWeight(w.getKey(), weight);
                        }
                    }
                }
                BigDecimal threshold = json.nonNegative(survey, "positiveThreshold", item, false);
                if (threshold != null && threshold.compareTo(BigDecimal.ONE) > 0) {
                    json.problem(survey.child("positiveThreshold"), item, "positiveThreshold must be in [0, 1]: "
                            + threshold.toPlainString());
                } else if (threshold != null) {
                    b.positiveThreshold(threshold);
                }
                Integer min = json.integer(survey, "minValidAnswers", item, 1, Integer.MAX_VALUE, false);
                if (min != null) {
                    b.minValidAnswers(min);
                }
                ScoringPolicy.BelowMinimum below = json.enumValue(survey, "belowMinimum", item,
                        ScoringPolicy.BelowMinimum.class);
                if (below != null) {
                    b.belowMinimum(below);
                }
            }
            ScoringPolicy.Ties ties = json.enumValue(p, "ties", item, ScoringPolicy.Ties.class);
            if (ties != null) {
                b.ties(ties);
            }
            ScoringPolicy.RankWithin within = json.enumValue(p, "rankWithin", item, ScoringPolicy.RankWithin.class);
            if (within != null) {
                b.rankWithin(within);
            }
            if (p.has("bands")) {
                List<ClassificationBand> bands = new ArrayList<>();
                Set<String> codes = new HashSet<>();
                Set<BigDecimal> mins = new HashSet<>();
                for (JsonFields.Element band : json.objects(p, "bands", item, false, false)) {
                    json.checkKeys(band, item, BAND_KEYS);
                    String code = json.text(band, "code", item, true);
                    BigDecimal min = json.nonNegative(band, "minIndex", item, true);
                    if (min != null && min.compareTo(BigDecimal.valueOf(100)) > 0) {
                        json.problem(band.child("minIndex"), item, "band " + code + ": minIndex must be <= 100: "
                                + min.toPlainString());
                        min = null;
                    }
                    if (code != null && !codes.add(code)) {
                        json.problem(band.child("code"), item, "band code " + code + " is used twice");
                    }
                    if (min != null && !mins.add(min.stripTrailingZeros())) {
                        json.problem(band.child("minIndex"), item, "band minIndex " + min.toPlainString()
                                + " is used twice");
                    }
                    if (code != null && min != null) {
                        bands.add(new ClassificationBand(code, json.text(band, "name", item, false), min));
                    }
                }
                if (bands.size() == codes.size() && bands.size() == mins.size()) {
                    b.bands(bands);
                }
            }
            return b.build();
        }

        /** Builds a model value; a rejected argument becomes a located problem (and null). */
        private <T> T construct(String item, String pointer, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                json.problem(pointer, item, e.getMessage());
                return null;
            }
        }
    }
}
