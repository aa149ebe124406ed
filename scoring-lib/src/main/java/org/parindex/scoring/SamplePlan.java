package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.blankToNull;
import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample of a sociological survey round (kế hoạch chọn mẫu điều tra xã hội học): which levels are rated with
 * which framework, the respondent groups with their quotas, and the forms each group fills in.
 *
 * <p>The constructor rejects malformed values (blank codes, duplicate codes, a non-positive total). Whether the
 * numbers add up is a separate question, answered by {@link #problems()} (and {@link #unitProblems(Collection)}
 * against a province's units), so that a loader can report every inconsistency at once:
 * <pre>{@code
 * SamplePlan plan = SamplePlanReader.read(Path.of("sample-plans/haiduong-2023.json")); // throws on any problem
 * plan.respondentsByRatedLevel();   // {DEPARTMENT=203, DISTRICT=331}
 * plan.group("HDND_TINH").orElseThrow().forms();
 * }</pre>
 *
 * @param code             plan code, e.g. {@code "HD-2023"}; never blank
 * @param province         province name, e.g. {@code "Hải Dương"}; never blank
 * @param year             the assessed year, e.g. 2023 (four digits)
 * @param source           the document the plan is taken from, or {@code null}
 * @param totalRespondents declared number of respondents, at least 1; should equal the sum of the group quotas
 * @param levels           the rated levels, at least one; codes unique
 * @param unitsFile        path of the units CSV relative to the data folder, or {@code null}
 * @param groups           the respondent groups, at least one; codes unique
 * @param timeline         the round's steps with their dates, as the plan gives them; codes unique; may be empty
 */
public record SamplePlan(String code, String province, int year, String source, int totalRespondents,
                         List<PlanLevel> levels, String unitsFile, List<SampleGroup> groups,
                         List<Milestone> timeline) {

    /** A plan without a timeline. */
    public SamplePlan(String code, String province, int year, String source, int totalRespondents,
                      List<PlanLevel> levels, String unitsFile, List<SampleGroup> groups) {
        this(code, province, year, source, totalRespondents, levels, unitsFile, groups, List.of());
    }

    public SamplePlan {
        requireText(code, "code");
        requireText(province, "province (plan " + code + ")");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits (plan " + code + "): " + year);
        }
        source = blankToNull(source);
        if (totalRespondents < 1) {
            throw new IllegalArgumentException(
                    "totalRespondents must be >= 1 (plan " + code + "): " + totalRespondents);
        }
        levels = copyOf(levels, "levels (plan " + code + ")");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("levels is empty (plan " + code + ")");
        }
        unitsFile = blankToNull(unitsFile);
        groups = copyOf(groups, "groups (plan " + code + ")");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("groups is empty (plan " + code + ")");
        }
        requireUniqueCodes(levels, PlanLevel::code, "level code in plan " + code);
        requireUniqueCodes(groups, SampleGroup::code, "group code in plan " + code);
        timeline = copyOf(timeline, "timeline (plan " + code + ")");
        requireUniqueCodes(timeline, Milestone::code, "milestone code in plan " + code);
    }

    /** The step of the timeline with this code, e.g. {@link Milestone#SURVEY}, if the plan gives it. */
    public Optional<Milestone> milestone(String milestoneCode) {
        return timeline.stream().filter(m -> m.code().equals(milestoneCode)).findFirst();
    }

    /** The document the plan is taken from, if given. */
    public Optional<String> sourceDocument() {
        return Optional.ofNullable(source);
    }

    /** The units CSV, relative to the data folder (e.g. {@code "units/haiduong-2023.csv"}), if given. */
    public Optional<String> unitsPath() {
        return Optional.ofNullable(unitsFile);
    }

    /** The group with this code, if any. */
    public Optional<SampleGroup> group(String groupCode) {
        return groups.stream().filter(g -> g.code().equals(groupCode)).findFirst();
    }

    /** The rated level with this code, if any. */
    public Optional<PlanLevel> level(String levelCode) {
        return levels.stream().filter(l -> l.code().equals(levelCode)).findFirst();
    }

    /** The groups that rate {@code ratedLevel}, in plan order. */
    public List<SampleGroup> groupsRating(String ratedLevel) {
        return groups.stream().filter(g -> g.rates(ratedLevel)).toList();
    }

    /** Number of respondents who rate {@code ratedLevel} (a group rating two levels counts for both). */
    public int respondentsRating(String ratedLevel) {
        return groupsRating(ratedLevel).stream().mapToInt(SampleGroup::quota).sum();
    }

    /** Respondents per rated level, in the order of {@link #levels()}, e.g. {@code {DEPARTMENT=203, DISTRICT=331}}. */
    public Map<String, Integer> respondentsByRatedLevel() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (PlanLevel level : levels) {
            totals.put(level.code(), respondentsRating(level.code()));
        }
        return totals;
    }

    /** Sum of the group quotas (what {@link #totalRespondents()} should be). */
    public int quotaTotal() {
        return groups.stream().mapToInt(SampleGroup::quota).sum();
    }

    /** Codes of every questionnaire the plan uses, each once, in plan order. */
    public List<String> questionnaireCodes() {
        return groups.stream().flatMap(g -> g.forms().stream()).map(SurveyForm::questionnaire).distinct().toList();
    }

    /**
     * Everything inconsistent in the plan itself, empty when it is sound: group quotas that do not add up to
     * {@link #totalRespondents()}, per-unit quotas that do not add up to their group's quota or lack a home level,
     * a group without forms, two forms of a group about one level, a form about a level the plan does not rate, a
     * scoped form ({@link RaterScope#needsHomeUnit()}) in a group without a home level, a questionnaire used for two
     * different rated levels. Each problem names the item ({@code "plan HD-2023"}, {@code "group HDND_TINH"}).
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (quotaTotal() != totalRespondents) {
            problems.add(Problem.of("plan " + code, "totalRespondents " + totalRespondents
                    + " ≠ sum of group quotas " + quotaTotal()));
        }
        Set<String> levelCodes = levels.stream().map(PlanLevel::code).collect(Collectors.toSet());
        Map<String, String> levelOfQuestionnaire = new HashMap<>();
        for (SampleGroup g : groups) {
            String item = "group " + g.code();
            if (!g.unitQuotas().isEmpty()) {
                if (g.unitQuotaTotal() != g.quota()) {
                    problems.add(Problem.of(item, "quota " + g.quota() + " ≠ sum of unit quotas "
                            + g.unitQuotaTotal()));
                }
                if (g.homeLevel() == null) {
                    problems.add(Problem.of(item, "has unit quotas but no homeLevel"));
                }
            }
            if (g.forms().isEmpty()) {
                problems.add(Problem.of(item, "fills in no form"));
            }
            problems.addAll(officeProblems(g));
            Set<String> rated = new HashSet<>();
            for (SurveyForm f : g.forms()) {
                String formItem = item + " form " + f.questionnaire();
                if (!rated.add(f.ratedLevel())) {
                    problems.add(Problem.of(formItem, "a second form about level " + f.ratedLevel()
                            + " (one form per group and rated level)"));
                }
                if (!levelCodes.contains(f.ratedLevel())) {
                    problems.add(Problem.of(formItem, "rates level " + f.ratedLevel()
                            + ", which is not a level of the plan " + levelCodes.stream().sorted().toList()));
                }
                if (f.scope().needsHomeUnit() && g.homeLevel() == null) {
                    problems.add(Problem.of(formItem, "scope " + f.scope() + " needs a group with a homeLevel"));
                }
                if (f.scope() == RaterScope.OFFICE_COUNTERPARTS && g.offices().isEmpty()) {
                    problems.add(Problem.of(formItem, "scope OFFICE_COUNTERPARTS needs the group's office table"
                            + " (offices)"));
                }
                String earlier = levelOfQuestionnaire.putIfAbsent(f.questionnaire(), f.ratedLevel());
                if (earlier != null && !earlier.equals(f.ratedLevel())) {
                    problems.add(Problem.of(formItem, "questionnaire " + f.questionnaire() + " rates level "
                            + f.ratedLevel() + " here but level " + earlier + " elsewhere"));
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * What is wrong with a group's office table on its own: a table without a home level or without a form that
     * uses it, an office listing a home unit twice or a unit the group has no quota for, and (one head per office)
     * a unit quota that differs from the number of offices of that unit.
     */
    private static List<Problem> officeProblems(SampleGroup g) {
        if (g.offices().isEmpty()) {
            return List.of();
        }
        String item = "group " + g.code();
        List<Problem> problems = new ArrayList<>();
        if (g.homeLevel() == null) {
            problems.add(Problem.of(item, "has an office table but no homeLevel"));
        }
        if (g.forms().stream().noneMatch(f -> f.scope() == RaterScope.OFFICE_COUNTERPARTS)) {
            problems.add(Problem.of(item, "has an office table but no form with scope OFFICE_COUNTERPARTS"));
        }
        for (Office o : g.offices()) {
            if (new HashSet<>(o.units()).size() != o.units().size()) {
                problems.add(Problem.of(item + " office " + o.code(), "lists a unit twice: " + o.units()));
            }
            if (!g.unitQuotas().isEmpty()) {
                for (String unit : o.units()) {
                    if (g.quotaOf(unit).isEmpty()) {
                        problems.add(Problem.of(item + " office " + o.code(), "unit " + unit
                                + " has no unit quota in the group"));
                    }
                }
            }
        }
        for (UnitQuota q : g.unitQuotas()) {
            int offices = g.officesIn(q.unit()).size();
            if (offices != q.quota()) {
                problems.add(Problem.of(item + " unit quota " + q.unit(), "quota " + q.quota() + " ≠ " + offices
                        + " offices of the unit in the office table (one respondent per office)"));
            }
        }
        return problems;
    }

    /**
     * Everything inconsistent between the plan and the province's {@code units}, empty when they agree: a rated
     * level or home level with no units, a unit quota naming an unknown unit or a unit of another level than the
     * group's home level, an office table naming unknown units, home units of another level or counterparts of a
     * level the group does not rate by office, and an {@link RaterScope#OWN_UNIT} form whose respondents' home units have no ancestor
     * (or self) at the rated level.
     */
    public List<Problem> unitProblems(Collection<Unit> units) {
        Objects.requireNonNull(units, "units == null");
        Map<String, Unit> byCode = units.stream()
                .collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> unitLevels = units.stream().map(Unit::level).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (PlanLevel level : levels) {
            if (!unitLevels.contains(level.code())) {
                problems.add(Problem.of("level " + level.code(), "no unit has this level"));
            }
        }
        for (SampleGroup g : groups) {
            String item = "group " + g.code();
            if (g.homeLevel() != null && !unitLevels.contains(g.homeLevel())) {
                problems.add(Problem.of(item, "homeLevel " + g.homeLevel() + ": no unit has this level"));
                continue;
            }
            for (UnitQuota q : g.unitQuotas()) {
                Unit unit = byCode.get(q.unit());
                if (unit == null) {
                    problems.add(Problem.of(item, "unit quota for unknown unit " + q.unit()));
                } else if (!unit.level().equals(g.homeLevel())) {
                    problems.add(Problem.of(item, "unit quota for " + q.unit() + " of level " + unit.level()
                            + ", not of homeLevel " + g.homeLevel()));
                }
            }
            Set<String> officeLevels = g.forms().stream()
                    .filter(f -> f.scope() == RaterScope.OFFICE_COUNTERPARTS).map(SurveyForm::ratedLevel)
                    .collect(Collectors.toSet());
            for (Office o : g.offices()) {
                String officeItem = item + " office " + o.code();
                for (String c : o.counterparts()) {
                    Unit unit = byCode.get(c);
                    if (unit == null) {
                        problems.add(Problem.of(officeItem, "counterpart " + c + " is not a unit of the plan"));
                    } else if (!officeLevels.contains(unit.level())) {
                        problems.add(Problem.of(officeItem, "counterpart " + c + " is of level " + unit.level()
                                + ", which the group does not rate by office " + officeLevels.stream().sorted()
                                .toList()));
                    }
                }
                for (String u : o.units()) {
                    Unit unit = byCode.get(u);
                    if (unit == null) {
                        problems.add(Problem.of(officeItem, "unit " + u + " is not a unit of the plan"));
                    } else if (!unit.level().equals(g.homeLevel())) {
                        problems.add(Problem.of(officeItem, "unit " + u + " is of level " + unit.level()
                                + ", not of homeLevel " + g.homeLevel()));
                    }
                }
            }
            for (SurveyForm f : g.forms()) {
                if (f.scope() != RaterScope.OWN_UNIT || g.homeLevel() == null) {
                    continue;
                }
                for (Unit home : units) {
                    if (home.level().equals(g.homeLevel()) && ancestorAt(home, f.ratedLevel(), byCode) == null) {
                        problems.add(Problem.of(item + " form " + f.questionnaire(), "home unit " + home.code()
                                + " has no own unit of level " + f.ratedLevel()));
                    }
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The unit of {@code ratedLevel} that a respondent from {@code home} rates on an {@link RaterScope#OWN_UNIT}
     * form: {@code home} itself or its nearest ancestor of that level.
     */
    public static Optional<Unit> ownUnit(Unit home, String ratedLevel, Collection<Unit> units) {
        Objects.requireNonNull(home, "home == null");
        Objects.requireNonNull(ratedLevel, "ratedLevel == null");
        Map<String, Unit> byCode = units.stream()
                .collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
        return Optional.ofNullable(ancestorAt(home, ratedLevel, byCode));
    }

    private static Unit ancestorAt(Unit home, String level, Map<String, Unit> byCode) {
        Unit u = home;
        Set<String> seen = new HashSet<>();
        while (u != null && seen.add(u.code())) {
            if (u.level().equals(level)) {
                return u;
            }
            u = u.parent() == null ? null : byCode.get(u.parent());
        }
        return null;
    }
}
