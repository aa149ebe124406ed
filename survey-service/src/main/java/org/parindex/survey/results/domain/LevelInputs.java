package org.parindex.survey.results.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.TallyCount;
import org.parindex.scoring.Unit;
import org.parindex.survey.tabular.CsvCells;

/**
 * Everything one rated level is scored from, as scoring-lib values: the framework, the units scored (those of the
 * level with at least one score row — a unit without any is not ranked, and said so), the units they need as
 * parents, their assessments, and the tallied answers about them. {@link #score()} hands them to scoring-lib;
 * {@link #unitsCsv()}, {@link #scoresCsv()} and {@link #answersCsv()} write the same inputs in the files the
 * scoring CLI reads, so that anyone can check a result.
 */
public final class LevelInputs {

    private final String level;
    private final String levelName;
    private final Framework framework;
    private final List<Unit> scored;
    private final List<Unit> parents;
    private final List<Assessment> assessments;
    private final List<TallyCount> tally;
    private final long answers;
    private final List<String> warnings;

    private LevelInputs(String level, String levelName, Framework framework, List<Unit> scored, List<Unit> parents,
                        List<Assessment> assessments, List<TallyCount> tally, List<String> warnings) {
        this.level = level;
        this.levelName = levelName;
        this.framework = framework;
        this.scored = List.copyOf(scored);
        this.parents = List.copyOf(parents);
        this.assessments = List.copyOf(assessments);
        this.tally = List.copyOf(tally);
        this.answers = tally.stream().mapToLong(TallyCount::count).sum();
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Selects the inputs of one level from a whole campaign's.
     *
     * @param level       the level code, e.g. {@code DEPARTMENT}
     * @param levelName   its name, e.g. "Cấp sở"
     * @param framework   the framework that scores it
     * @param units       every unit of the campaign (any level), in a stable order
     * @param assessments every score row of the campaign
     * @param tally       every tallied answer of the campaign
     */
    public static LevelInputs select(String level, String levelName, Framework framework, List<Unit> units,
                                     List<Assessment> assessments, List<TallyCount> tally) {
        Objects.requireNonNull(framework, "framework == null");
        Map<String, Unit> byCode = new LinkedHashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Set<String> assessed = new LinkedHashSet<>();
        List<Assessment> ofLevel = new ArrayList<>();
        for (Assessment a : assessments) {
            Unit u = byCode.get(a.unit());
            if (u != null && u.level().equals(level)) {
                assessed.add(a.unit());
                ofLevel.add(a);
            }
        }
        List<Unit> scored = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (Unit u : units) {
            if (u.level().equals(level)) {
                if (assessed.contains(u.code())) {
                    scored.add(u);
                } else {
                    unscored.add(u.name()); // people read names, not codes
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!unscored.isEmpty()) {
            warnings.add(unscored.size() + " đơn vị " + levelName.toLowerCase(java.util.Locale.ROOT)
                    + " chưa có điểm tự đánh giá/thẩm định nên chưa được xếp hạng: " + list(unscored));
        }
        Set<String> scoredCodes = new TreeSet<>();
        scored.forEach(u -> scoredCodes.add(u.code()));
        Map<String, Set<String>> validOptions = new HashMap<>();
        for (Leaf leaf : framework.surveyLeaves()) {
            AnswerScale scale = framework.scaleOf(leaf).orElseThrow();
            Set<String> options = new LinkedHashSet<>();
            scale.options().forEach(o -> options.add(o.code()));
            validOptions.put(leaf.code(), options);
        }
        List<TallyCount> kept = new ArrayList<>();
        Set<String> answeredUnscored = new TreeSet<>();
        long misfit = 0;
        for (TallyCount c : tally) {
            Unit u = byCode.get(c.unit());
            if (u == null || !u.level().equals(level)) {
                continue;
            }
            if (!scoredCodes.contains(c.unit())) {
                answeredUnscored.add(u.name());
                continue;
            }
            Set<String> options = validOptions.get(c.item());
            if (options == null || !options.contains(c.option())) {
                misfit += c.count();
                continue;
            }
            kept.add(c);
        }
        if (!answeredUnscored.isEmpty()) {
            warnings.add("Phiếu điều tra về " + answeredUnscored.size() + " đơn vị chưa có điểm không được tính: "
                    + list(new ArrayList<>(answeredUnscored)));
        }
        if (misfit > 0) {
            warnings.add(misfit + " câu trả lời không khớp bộ chỉ số " + framework.code()
                    + " (tiêu chí không chấm bằng điều tra hoặc phương án lạ) không được tính");
        }
        Set<String> needed = new LinkedHashSet<>();
        for (Unit u : scored) {
            String parent = u.parent();
            while (parent != null && needed.add(parent)) {
                Unit p = byCode.get(parent);
                parent = p == null ? null : p.parent();
            }
        }
        List<Unit> parents = new ArrayList<>();
        for (Unit u : units) {
            if (needed.contains(u.code()) && !u.level().equals(level)) {
                parents.add(u);
            }
        }
        return new LevelInputs(level, levelName, framework, scored, parents, ofLevel, kept, warnings);
    }

    private static String list(List<String> codes) {
        return codes.size() <= 12 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 12)) + ", … (" + (codes.size() - 12) + " đơn vị khác)";
    }

    /** Whether any unit of the level can be scored. */
    public boolean scorable() {
        return !scored.isEmpty();
    }

    /**
     * Scores the level with scoring-lib.
     *
     * @throws org.parindex.scoring.ValidationException if scoring-lib refuses the inputs
     * @throws IllegalStateException                    if no unit of the level can be scored
     */
    public CampaignResult score() {
        if (scored.isEmpty()) {
            throw new IllegalStateException("no unit of level " + level + " has scores");
        }
        SurveyTally.Builder t = SurveyTally.builder();
        tally.forEach(t::add);
        List<Unit> all = new ArrayList<>(scored);
        all.addAll(parents);
        return Campaign.builder(framework).units(all).assessments(assessments).tally(t.build()).build().score();
    }

    /** The units scored and their ancestors, as a units CSV ({@code code,name,level,parent}). */
    public String unitsCsv() {
        List<Unit> all = new ArrayList<>(parents);
        all.addAll(scored);
        return csv(new String[] {"code", "name", "level", "parent"}, p -> {
            for (Unit u : all) {
                CsvCells.printRow(p, u.code(), u.name(), u.level(), u.parent() == null ? "" : u.parent());
            }
        });
    }

    /** The assessments as a scores CSV of scoring-lib. */
    public String scoresCsv() {
        Map<String, String> names = new HashMap<>();
        scored.forEach(u -> names.put(u.code(), u.name()));
        return csv(new String[] {"unit", "unit_name", "item", "self_score", "self_figure", "appraised_score",
            "appraised_figure", "not_applicable", "evidence", "explanation"}, p -> {
                for (Assessment a : assessments) {
                    CsvCells.printRow(p, a.unit(), names.getOrDefault(a.unit(), ""), a.item(), plain(a.selfScore()),
                            nz(a.selfFigure()), plain(a.appraisedScore()), nz(a.appraisedFigure()),
                            a.notApplicable() ? "true" : "", nz(a.evidence()), nz(a.explanation()));
                }
            });
    }

    /** The tallied answers as an answers CSV of scoring-lib ({@code unit,item,group,option,count}). */
    public String answersCsv() {
        return csv(new String[] {"unit", "item", "group", "option", "count"}, p -> {
            for (TallyCount c : tally) {
                CsvCells.printRow(p, c.unit(), c.item(), c.group() == null ? "" : c.group(), c.option(), c.count());
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header)
                .setRecordSeparator("\n").get())) {
            rows.print(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String level() {
        return level;
    }

    public String levelName() {
        return levelName;
    }

    public Framework framework() {
        return framework;
    }

    /** The units scored, in the campaign's order. */
    public List<Unit> scoredUnits() {
        return scored;
    }

    public List<Assessment> assessments() {
        return assessments;
    }

    /** The tallied answers about the units scored. */
    public List<TallyCount> tally() {
        return tally;
    }

    /** Number of answers tallied for the units scored. */
    public long answers() {
        return answers;
    }

    /** What the secretariat should know about these inputs, in Vietnamese. */
    public List<String> warnings() {
        return warnings;
    }
}
