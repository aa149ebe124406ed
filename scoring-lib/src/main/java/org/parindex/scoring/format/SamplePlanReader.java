package org.parindex.scoring.format;

import static org.parindex.scoring.format.JsonFields.indexOf;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.scoring.Milestone;
import org.parindex.scoring.Office;
import org.parindex.scoring.PlanLevel;
import org.parindex.scoring.RaterScope;
import org.parindex.scoring.SampleGroup;
import org.parindex.scoring.SamplePlan;
import org.parindex.scoring.SurveyForm;
import org.parindex.scoring.UnitQuota;
import org.parindex.scoring.ValidationException;
import org.parindex.scoring.format.JsonFields.Element;

/**
 * Reads a sample plan in the {@code parindex-sample-plan/1} JSON format (see {@code questionnaires/README.md}).
 *
 * <p>A plan is returned only when it is entirely sound: malformed fields, unknown fields, duplicate codes and every
 * inconsistency of {@link SamplePlan#problems()} (quotas that do not add up, forms about levels the plan does not
 * rate…) are all collected and thrown together as one {@link ValidationException}, each problem naming the item
 * ({@code group HDND_TINH}) with the file and line.
 *
 * <p>To load a plan shipped on the class path (the {@code questionnaires} module puts its data under
 * {@code parindex/}):
 * <pre>{@code
 * String name = "parindex/sample-plans/haiduong-2023.json";
 * try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
 *     SamplePlan plan = SamplePlanReader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
 * }
 * }</pre>
 * Checking the plan against the province's units is a separate step: {@link SamplePlan#unitProblems}.
 */
public final class SamplePlanReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "parindex-sample-plan/1";

    private static final Set<String> PLAN_KEYS = Set.of("format", "code", "province", "year", "source",
            "totalRespondents", "levels", "units", "groups", "timeline");
    private static final Set<String> MILESTONE_KEYS = Set.of("code", "name", "from", "to");
    private static final Set<String> LEVEL_KEYS = Set.of("code", "name", "framework");
    private static final Set<String> GROUP_KEYS = Set.of("code", "name", "nameEn", "quota", "homeLevel",
            "unitQuotas", "forms", "offices");
    private static final Set<String> QUOTA_KEYS = Set.of("unit", "quota");
    private static final Set<String> OFFICE_KEYS = Set.of("code", "name", "counterparts", "units");
    private static final Set<String> FORM_KEYS = Set.of("questionnaire", "ratedLevel", "scope");

    private SamplePlanReader() {
    }

    /**
     * Reads the plan in {@code file} (UTF-8).
     *
     * @throws ValidationException listing every problem, when the file is missing, unreadable, not JSON, or not a
     *                             sound plan
     */
    public static SamplePlan read(Path file) {
        return read(file.toString(), JsonFields.open(file));
    }

    /**
     * Reads a plan from {@code json}, which this method closes.
     *
     * @param sourceName the name problems are reported under, e.g. the file or resource name
     * @throws ValidationException listing every problem, when the text is not JSON or not a sound plan
     */
    public static SamplePlan read(String sourceName, Reader json) {
        JsonFields in = JsonFields.parse(sourceName, json);
        SamplePlan plan = plan(in);
        if (plan != null) {
            plan.problems().stream().map(in::located).forEach(in.problems()::add);
        }
        if (!in.ok()) {
            throw new ValidationException("sample plan " + sourceName, in.problems());
        }
        return plan;
    }

    private static SamplePlan plan(JsonFields in) {
        Element root = in.root("plan");
        if (root == null) {
            return null;
        }
        String code = in.text(root, "code", "plan", true);
        String item = code == null ? "plan" : "plan " + code;
        in.locate(item, "");
        in.checkKeys(root, item, PLAN_KEYS);
        in.requireFormat(root, item, FORMAT);
        String province = in.text(root, "province", item, true);
        Integer year = in.integer(root, "year", item, 1000, 9999, true);
        if (year != null && year > 9999) {
            in.problem("/year", item, "year must have four digits: " + year);
        }
        String source = in.text(root, "source", item, false);
        Integer total = in.integer(root, "totalRespondents", item, 1, Integer.MAX_VALUE, true);
        String units = in.text(root, "units", item, false);

        List<PlanLevel> levels = new ArrayList<>();
        Map<String, String> levelSeen = new HashMap<>();
        for (Element e : in.objects(root, "levels", item, true, true)) {
            PlanLevel level = level(in, e, levelSeen);
            if (level != null) {
                levels.add(level);
            }
        }
        List<SampleGroup> groups = new ArrayList<>();
        Map<String, String> groupSeen = new HashMap<>();
        for (Element e : in.objects(root, "groups", item, true, true)) {
            SampleGroup group = group(in, e, groupSeen);
            if (group != null) {
                groups.add(group);
            }
        }
        List<Milestone> timeline = new ArrayList<>();
        Map<String, String> milestoneSeen = new HashMap<>();
        for (Element e : in.objects(root, "timeline", item, false, false)) {
            Milestone m = milestone(in, e, milestoneSeen);
            if (m != null) {
                timeline.add(m);
            }
        }
        if (!in.ok()) {
            return null;
        }
        return new SamplePlan(code, province, year, source, total, levels, units, groups, timeline);
    }

    private static Milestone milestone(JsonFields in, Element e, Map<String, String> seen) {
        String code = in.text(e, "code", "timeline[" + indexOf(e) + "]", true);
        String item = code == null ? "timeline[" + indexOf(e) + "]" : "milestone " + code;
        in.checkKeys(e, item, MILESTONE_KEYS);
        String name = in.text(e, "name", item, true);
        LocalDate from = date(in, e, "from", item, false);
        LocalDate to = date(in, e, "to", item, true);
        if (from != null && to != null && to.isBefore(from)) {
            in.problem(e.pointer() + "/to", item, "to " + to + " is before from " + from);
            return null;
        }
        if (code != null && !in.unique(seen, code, e, item)) {
            return null;
        }
        in.locate(item, e.pointer());
        return code == null || name == null || to == null ? null : new Milestone(code, name, from, to);
    }

    private static LocalDate date(JsonFields in, Element e, String key, String item, boolean required) {
        String text = in.text(e, key, item, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            in.problem(e.pointer() + "/" + key, item, key + " must be a date yyyy-mm-dd: \"" + text + "\"");
            return null;
        }
    }

    private static PlanLevel level(JsonFields in, Element e, Map<String, String> seen) {
        String code = in.text(e, "code", "level " + indexOf(e), true);
        String item = code == null ? "level " + indexOf(e) : "level " + code;
        in.checkKeys(e, item, LEVEL_KEYS);
        String name = in.text(e, "name", item, true);
        String framework = in.text(e, "framework", item, true);
        if (code != null && !in.unique(seen, code, e, item)) {
            return null;
        }
        in.locate(item, e.pointer());
        return code == null || name == null || framework == null ? null : new PlanLevel(code, name, framework);
    }

    private static SampleGroup group(JsonFields in, Element e, Map<String, String> seen) {
        String code = in.text(e, "code", "group " + indexOf(e), true);
        String item = code == null ? "group " + indexOf(e) : "group " + code;
        in.checkKeys(e, item, GROUP_KEYS);
        String name = in.text(e, "name", item, true);
        String nameEn = in.text(e, "nameEn", item, false);
        Integer quota = in.integer(e, "quota", item, 1, Integer.MAX_VALUE, true);
        String homeLevel = in.text(e, "homeLevel", item, false);

        List<UnitQuota> quotas = new ArrayList<>();
        Map<String, String> unitSeen = new HashMap<>();
        for (Element q : in.objects(e, "unitQuotas", item, false, false)) {
            in.checkKeys(q, item, QUOTA_KEYS);
            String unit = in.text(q, "unit", item + " unitQuotas[" + indexOf(q) + "]", true);
            String quotaItem = item + " unit quota " + (unit == null ? indexOf(q) : unit);
            Integer n = in.integer(q, "quota", quotaItem, 0, Integer.MAX_VALUE, true);
            if (unit != null && in.unique(unitSeen, unit, q, item + " unit quota " + unit) && n != null) {
                quotas.add(new UnitQuota(unit, n));
            }
        }
        List<SurveyForm> forms = new ArrayList<>();
        for (Element f : in.objects(e, "forms", item, true, true)) {
            SurveyForm form = form(in, f, item);
            if (form != null) {
                forms.add(form);
            }
        }
        List<Office> offices = new ArrayList<>();
        Map<String, String> officeSeen = new HashMap<>();
        for (Element o : in.objects(e, "offices", item, false, false)) {
            Office office = office(in, o, item, officeSeen);
            if (office != null) {
                offices.add(office);
            }
        }
        if (code != null && !in.unique(seen, code, e, item)) {
            return null;
        }
        in.locate(item, e.pointer());
        if (code == null || name == null || quota == null) {
            return null;
        }
        return new SampleGroup(code, name, nameEn, quota, homeLevel, quotas, forms, offices);
    }

    private static Office office(JsonFields in, Element o, String groupItem, Map<String, String> seen) {
        String code = in.text(o, "code", groupItem + " offices[" + indexOf(o) + "]", true);
        String item = code == null ? groupItem + " offices[" + indexOf(o) + "]" : groupItem + " office " + code;
        in.checkKeys(o, item, OFFICE_KEYS);
        String name = in.text(o, "name", item, true);
        List<String> counterparts = in.texts(o, "counterparts", item, true);
        if (counterparts.size() != counterparts.stream().distinct().count()) {
            in.problem(o.pointer() + "/counterparts", item, "a counterpart is listed twice: " + counterparts);
            return null;
        }
        List<String> units = in.texts(o, "units", item, false);
        if (code != null && !in.unique(seen, code, o, item)) {
            return null;
        }
        in.locate(item, o.pointer());
        return code == null || name == null || counterparts.isEmpty() ? null
                : new Office(code, name, counterparts, units);
    }

    private static SurveyForm form(JsonFields in, Element f, String groupItem) {
        String questionnaire = in.text(f, "questionnaire", groupItem + " forms[" + indexOf(f) + "]", true);
        String item = questionnaire == null ? groupItem + " forms[" + indexOf(f) + "]"
                : groupItem + " form " + questionnaire;
        in.checkKeys(f, item, FORM_KEYS);
        String ratedLevel = in.text(f, "ratedLevel", item, true);
        String scopeText = in.text(f, "scope", item, true);
        RaterScope scope = null;
        if (scopeText != null) {
            try {
                scope = RaterScope.valueOf(scopeText);
            } catch (IllegalArgumentException ex) {
                in.problem(f.pointer() + "/scope", item, "scope must be one of "
                        + List.of(RaterScope.values()) + ": \"" + scopeText + "\"");
            }
        }
        in.locate(item, f.pointer());
        return questionnaire == null || ratedLevel == null || scope == null ? null
                : new SurveyForm(questionnaire, ratedLevel, scope);
    }
}
