package org.parindex.survey.questionnaire.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

/**
 * Everything one respondent answers: the forms of their group (one per rated level; the People's Council
 * delegates have two), each with the units they rate. It holds the rules of an answer set: every answer names a
 * cell of the sheet (form, question, rated unit) and one of the question's options, each cell at most once; a
 * complete set answers every cell.
 *
 * @param campaignId the campaign
 * @param group      code of the respondent's group, e.g. {@code HDND_TINH}
 * @param forms      the forms, in the group's order
 * @param lookup     the forms by code, their questions and rated units as sets, the cells: derived from
 *                   {@code forms} by the three-argument constructor
 */
public record AnswerSheet(long campaignId, String group, List<SheetForm> forms, Lookup lookup) {

    /** Most problems an answer set reports at once. */
    static final int MAX_PROBLEMS = 100;

    public AnswerSheet {
        Objects.requireNonNull(group, "group == null");
        forms = List.copyOf(forms);
        Objects.requireNonNull(lookup, "lookup == null");
    }

    public AnswerSheet(long campaignId, String group, List<SheetForm> forms) {
        this(campaignId, group, forms, Lookup.of(forms));
    }

    /**
     * What checking an answer asks of a sheet, found by key instead of by walking its lists: a submission checks
     * each of its 696 cells against forms, questions and up to 265 rated units (issue 12). Built once per sheet,
     * which {@code AnswerSheets} keeps.
     */
    public record Lookup(Map<String, SheetForm> forms, Map<String, Map<String, SheetQuestion>> questions,
                         Map<String, Set<String>> units, List<AnswerCell> cells) {

        static Lookup of(List<SheetForm> forms) {
            Map<String, SheetForm> byCode = new HashMap<>();
            Map<String, Map<String, SheetQuestion>> questions = new HashMap<>();
            Map<String, Set<String>> units = new HashMap<>();
            List<AnswerCell> cells = new ArrayList<>();
            for (SheetForm f : forms) {
                byCode.putIfAbsent(f.code(), f);
                Map<String, SheetQuestion> byQuestion = new HashMap<>();
                f.questions().forEach(q -> byQuestion.putIfAbsent(q.code(), q));
                questions.putIfAbsent(f.code(), Map.copyOf(byQuestion));
                units.putIfAbsent(f.code(), f.units().stream().map(RatedUnit::code)
                        .collect(Collectors.toUnmodifiableSet()));
                cells.addAll(f.cells());
            }
            return new Lookup(Map.copyOf(byCode), Map.copyOf(questions), Map.copyOf(units), List.copyOf(cells));
        }

        Optional<SheetQuestion> question(String form, String question) {
            return Optional.ofNullable(questions.getOrDefault(form, Map.of()).get(question));
        }

        boolean rates(String form, String unit) {
            return units.getOrDefault(form, Set.of()).contains(unit);
        }
    }

    public Optional<SheetForm> form(String code) {
        return Optional.ofNullable(lookup.forms().get(code));
    }

    /** Every cell of every form, in order. */
    public List<AnswerCell> cells() {
        return lookup.cells();
    }

    /** The number of cells a complete answer set fills. */
    public int size() {
        return lookup.cells().size();
    }

    /** The question of a cell, if the cell belongs to this sheet. */
    public Optional<SheetQuestion> questionOf(AnswerCell cell) {
        return lookup.rates(cell.form(), cell.unit()) ? lookup.question(cell.form(), cell.question())
                : Optional.empty();
    }

    /**
     * Checks answers against the sheet and returns them by cell, in the order given; an answer that clears its
     * cell is kept with a {@code null} option when {@code clearing} is allowed (a draft), refused otherwise.
     *
     * @throws InvalidInputException naming each wrong answer ({@code answers[i].form}, {@code .question},
     *                               {@code .unit} or {@code .option}) when any is wrong
     */
    public Map<AnswerCell, String> accept(List<Answer> answers, boolean clearing) {
        Objects.requireNonNull(answers, "answers == null");
        Map<AnswerCell, String> accepted = new LinkedHashMap<>();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < answers.size() && problems.size() < MAX_PROBLEMS; i++) {
            Answer a = answers.get(i);
            String at = "answers[" + i + "]";
            if (a == null) {
                problems.add(FieldError.of(at, "thiếu câu trả lời"));
                continue;
            }
            AnswerCell c = a.cell();
            Optional<SheetForm> form = form(c.form());
            if (form.isEmpty()) {
                problems.add(FieldError.of(at + ".form", "phiếu " + c.form() + " không thuộc nhóm " + group, c.form()));
                continue;
            }
            Optional<SheetQuestion> question = lookup.question(c.form(), c.question());
            if (question.isEmpty()) {
                problems.add(FieldError.of(at + ".question", "phiếu " + c.form() + " không có câu " + c.question(),
                        c.question()));
                continue;
            }
            if (!lookup.rates(c.form(), c.unit())) {
                problems.add(FieldError.of(at + ".unit", "đơn vị " + c.unit() + " không được đánh giá trong phiếu "
                        + c.form() + " của người trả lời này", c.unit()));
                continue;
            }
            if (a.clears() && !clearing) {
                problems.add(FieldError.of(at + ".option", "chưa chọn phương án cho " + c.key()));
                continue;
            }
            if (!a.clears() && !question.get().offers(a.option())) {
                problems.add(FieldError.of(at + ".option", "câu " + c.question() + " không có phương án " + a.option()
                        + "; có " + question.get().optionCodes(), a.option()));
                continue;
            }
            if (accepted.containsKey(c)) {
                problems.add(FieldError.of(at, "ô " + c.key() + " được trả lời hai lần", a.option()));
                continue;
            }
            accepted.put(c, a.option());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Câu trả lời không hợp lệ: " + problems.size()
                    + (problems.size() >= MAX_PROBLEMS ? "+" : "") + " lỗi.", problems);
        }
        return accepted;
    }

    /** The cells that {@code answers} leaves without an option, in sheet order. */
    public List<AnswerCell> missing(Map<AnswerCell, String> answers) {
        return cells().stream().filter(c -> answers.get(c) == null).toList();
    }

    /**
     * Checks a complete answer set: {@link #accept} without clearing, and every cell answered.
     *
     * @throws InvalidInputException with the wrong answers, or else with one error per unanswered cell (field
     *                               {@code form/question/unit}, e.g. {@code HD-2023-P01/Q3/SO_NOI_VU})
     */
    public Map<AnswerCell, String> acceptComplete(List<Answer> answers) {
        Map<AnswerCell, String> accepted = accept(answers, false);
        if (size() == 0) {
            throw new InvalidInputException("Phiếu không có câu hỏi nào để trả lời: liên hệ Tổ thư ký.",
                    List.of(FieldError.of("answers", "không có đơn vị nào được đánh giá")));
        }
        List<AnswerCell> missing = missing(accepted);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Còn " + missing.size() + " câu chưa trả lời.", missing.stream()
                    .map(c -> FieldError.of(c.key(), "chưa trả lời")).toList());
        }
        return accepted;
    }
}
