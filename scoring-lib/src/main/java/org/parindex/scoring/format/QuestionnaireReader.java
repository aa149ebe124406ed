package org.parindex.scoring.format;

import static org.parindex.scoring.format.JsonFields.indexOf;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.scoring.Question;
import org.parindex.scoring.QuestionOption;
import org.parindex.scoring.QuestionSection;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.ValidationException;
import org.parindex.scoring.format.JsonFields.Element;

/**
 * Reads a survey questionnaire form in the {@code parindex-questionnaire/1} JSON format (see
 * {@code questionnaires/README.md}).
 *
 * <p>A questionnaire is returned only when it is entirely well-formed: missing, malformed or unknown fields, empty
 * sections and duplicate section, question or option codes are all collected and thrown together as one
 * {@link ValidationException}, each problem naming the item ({@code question Q3}) with the file and line. Whether
 * the questions fit the framework they feed (SURVEY leaves, option codes of the leaf's scale) needs the framework
 * too and is checked separately.
 *
 * <p>To load a form shipped on the class path (the {@code questionnaires} module puts its data under
 * {@code parindex/}):
 * <pre>{@code
 * String name = "parindex/forms/haiduong-2023-p01.json";
 * try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
 *     Questionnaire form = QuestionnaireReader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
 * }
 * }</pre>
 */
public final class QuestionnaireReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "parindex-questionnaire/1";

    private static final Set<String> FORM_KEYS = Set.of("format", "code", "title", "framework", "ratedLevel",
            "intro", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("code", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("code", "criterion", "text", "options");
    private static final Set<String> OPTION_KEYS = Set.of("code", "label");

    private QuestionnaireReader() {
    }

    /**
     * Reads the questionnaire in {@code file} (UTF-8).
     *
     * @throws ValidationException listing every problem, when the file is missing, unreadable, not JSON, or not a
     *                             well-formed questionnaire
     */
    public static Questionnaire read(Path file) {
        return read(file.toString(), JsonFields.open(file));
    }

    /**
     * Reads a questionnaire from {@code json}, which this method closes.
     *
     * @param sourceName the name problems are reported under, e.g. the file or resource name
     * @throws ValidationException listing every problem, when the text is not JSON or not a well-formed
     *                             questionnaire
     */
    public static Questionnaire read(String sourceName, Reader json) {
        JsonFields in = JsonFields.parse(sourceName, json);
        Questionnaire questionnaire = questionnaire(in);
        if (!in.ok()) {
            throw new ValidationException("questionnaire " + sourceName, in.problems());
        }
        return questionnaire;
    }

    private static Questionnaire questionnaire(JsonFields in) {
        Element root = in.root("questionnaire");
        if (root == null) {
            return null;
        }
        String code = in.text(root, "code", "questionnaire", true);
        String item = code == null ? "questionnaire" : "questionnaire " + code;
        in.checkKeys(root, item, FORM_KEYS);
        in.requireFormat(root, item, FORMAT);
        String title = in.text(root, "title", item, true);
        String framework = in.text(root, "framework", item, true);
        String ratedLevel = in.text(root, "ratedLevel", item, true);
        String intro = in.text(root, "intro", item, false);

        List<QuestionSection> sections = new ArrayList<>();
        Map<String, String> sectionSeen = new HashMap<>();
        Map<String, String> questionSeen = new HashMap<>();
        for (Element e : in.objects(root, "sections", item, true, true)) {
            QuestionSection section = section(in, e, sectionSeen, questionSeen);
            if (section != null) {
                sections.add(section);
            }
        }
        if (!in.ok()) {
            return null;
        }
        return new Questionnaire(code, title, framework, ratedLevel, intro, sections);
    }

    private static QuestionSection section(JsonFields in, Element e, Map<String, String> sectionSeen,
                                           Map<String, String> questionSeen) {
        String code = in.text(e, "code", "section " + indexOf(e), true);
        String item = code == null ? "section " + indexOf(e) : "section " + code;
        in.checkKeys(e, item, SECTION_KEYS);
        String title = in.text(e, "title", item, true);
        List<Question> questions = new ArrayList<>();
        for (Element q : in.objects(e, "questions", item, true, true)) {
            Question question = question(in, q, questionSeen);
            if (question != null) {
                questions.add(question);
            }
        }
        boolean unique = code == null || in.unique(sectionSeen, code, e, item);
        return code == null || title == null || questions.isEmpty() || !unique ? null
                : new QuestionSection(code, title, questions);
    }

    private static Question question(JsonFields in, Element e, Map<String, String> seen) {
        String code = in.text(e, "code", "question " + indexOf(e), true);
        String item = code == null ? "question " + indexOf(e) : "question " + code;
        in.checkKeys(e, item, QUESTION_KEYS);
        String criterion = in.text(e, "criterion", item, true);
        String text = in.text(e, "text", item, true);
        List<QuestionOption> options = new ArrayList<>();
        Map<String, String> optionSeen = new HashMap<>();
        for (Element o : in.objects(e, "options", item, false, false)) {
            String optionCode = in.text(o, "code", item + " options[" + indexOf(o) + "]", true);
            String optionItem = optionCode == null ? item + " options[" + indexOf(o) + "]"
                    : item + " option " + optionCode;
            in.checkKeys(o, optionItem, OPTION_KEYS);
            String label = in.text(o, "label", optionItem, true);
            if (optionCode != null && in.unique(optionSeen, optionCode, o, optionItem) && label != null) {
                options.add(new QuestionOption(optionCode, label));
            }
        }
        boolean unique = code == null || in.unique(seen, code, e, item);
        return code == null || criterion == null || text == null || !unique ? null
                : new Question(code, criterion, text, options);
    }
}
