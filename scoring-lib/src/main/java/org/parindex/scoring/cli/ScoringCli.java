package org.parindex.scoring.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ScoringPolicy;
import org.parindex.scoring.SurveyTally;
import org.parindex.scoring.Unit;
import org.parindex.scoring.UnitResult;
import org.parindex.scoring.ValidationException;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.scoring.format.UnitsCsvReader;

/**
 * The command-line tool. {@link #run(String[], PrintStream, PrintStream)} does the work and returns the exit code,
 * so that it can be run in-process; {@link #main(String[])} runs it on UTF-8 standard streams and exits.
 *
 * <p>Exit codes: {@value #OK} success, {@value #USAGE} wrong command line, {@value #BAD_INPUT} invalid input (every
 * problem is listed on standard error), {@value #INTERNAL} an internal error.
 */
public final class ScoringCli {

    /** Success. */
    public static final int OK = 0;
    /** The command line is wrong. */
    public static final int USAGE = 1;
    /** An input file is invalid or missing. */
    public static final int BAD_INPUT = 2;
    /** A bug: an unexpected failure. */
    public static final int INTERNAL = 3;

    static final String USAGE_TEXT = """
            parindex-scoring — tính Chỉ số CCHC (PAR Index) từ bộ chỉ số, điểm thẩm định và kết quả điều tra XHH

            Cách dùng (usage):
              score    --framework F.json --scores S.csv [--answers A.csv] [--units U.csv]
                       [--format table|csv|json] [--survey-conversion C] [--group-weights G=W,…]
                  Chấm điểm mọi đơn vị: điểm đạt, điểm tối đa, chỉ số, hạng, xếp loại.
                  (Score every unit: total, max, index, rank, band.)
              explain  --unit CODE --framework F.json --scores S.csv [--answers A.csv] [--units U.csv]
                       [--format text|json] [--survey-conversion C] [--group-weights G=W,…]
                  Giải trình kết quả của một đơn vị: từng tiêu chí, nơi mất nhiều điểm nhất.
                  (Explain one unit: every item, where it lost the most points.)
              validate FILE.json… [--framework F.json [--scores S.csv] [--answers A.csv] [--units U.csv]]
                  Kiểm tra các tệp bộ chỉ số JSON; với --framework còn kiểm tra các tệp CSV (CSV đặt trực tiếp
                  trong danh sách được nhận dạng theo dòng tiêu đề).
                  (Check framework files; with --framework also CSV files, recognised by their header row.)
              --survey-conversion MEAN_COEFFICIENT|GROUP_MEAN|POSITIVE_SHARE, --group-weights NHÓM=trọng_số,…
                  Thay cách quy đổi ĐTXHH của bộ chỉ số, ví dụ bình quân từng nhóm rồi bình quân có trọng số
                  (GROUP_MEAN; nhóm không nêu có trọng số 1). (Override the framework's survey conversion, e.g.
                  per-group weighting: each group's mean first, then the groups' weighted mean.)
              --help   Hướng dẫn này (this help).

            Mã thoát (exit codes): 0 thành công, 1 sai cú pháp lệnh, 2 dữ liệu không hợp lệ.
            Định dạng tệp: xem questionnaires/README.md (parindex-framework/1, scores CSV, answers CSV, units CSV).
            """;

    private ScoringCli() {
    }

    /** Runs the tool on standard input/output in UTF-8 and exits with its exit code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command.
     *
     * @param args the command line, e.g. {@code score --framework f.json --scores s.csv}
     * @param out  where results go
     * @param err  where problems and usage errors go
     * @return the exit code: {@link #OK}, {@link #USAGE}, {@link #BAD_INPUT} or {@link #INTERNAL}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                err.print(USAGE_TEXT);
                return USAGE;
            }
            String command = args[0];
            if (Set.of("--help", "-h", "help").contains(command)) {
                out.print(USAGE_TEXT);
                return OK;
            }
            Arguments a = Arguments.parse(args);
            if (a.has("help")) {
                out.print(USAGE_TEXT);
                return OK;
            }
            return switch (command) {
                case "score" -> score(a, out, err);
                case "explain" -> explain(a, out);
                case "validate" -> validate(a, out, err);
                default -> throw new UsageException("lệnh không rõ (unknown command): " + command);
            };
        } catch (UsageException e) {
            err.println("Sai cú pháp lệnh (usage error): " + e.getMessage());
            err.println("Xem (see): parindex-scoring --help");
            return USAGE;
        } catch (ValidationException e) {
            printProblems(err, e.problems());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("Dữ liệu không hợp lệ (invalid input): " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("Lỗi nội bộ (internal error), xin báo lại cho nhóm phát triển: " + e);
            return INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int score(Arguments a, PrintStream out, PrintStream err) {
        a.allow("framework", "scores", "answers", "units", "format", "survey-conversion", "group-weights");
        a.noPositional();
        ResultWriter.Format format = switch (a.optional("format", "table").toLowerCase(Locale.ROOT)) {
            case "table" -> ResultWriter.Format.TABLE;
            case "csv" -> ResultWriter.Format.CSV;
            case "json" -> ResultWriter.Format.JSON;
            default -> throw new UsageException("--format phải là table, csv hoặc json: " + a.optional("format", ""));
        };
        Campaign campaign = load(a);
        CampaignResult result = campaign.score();
        noteUnassessed(campaign, err);
        noteWithoutIndex(result, err);
        // Streamed: a national campaign's JSON is hundreds of megabytes.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            ResultWriter.write(result, format, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the results", e);
        }
        return OK;
    }

    private static int explain(Arguments a, PrintStream out) {
        a.allow("unit", "framework", "scores", "answers", "units", "format", "survey-conversion", "group-weights");
        a.noPositional();
        String unit = a.required("unit");
        String format = a.optional("format", "text").toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format của explain phải là text hoặc json: " + format);
        }
        CampaignResult result = load(a).score();
        if (result.unit(unit).isEmpty()) {
            throw new IllegalArgumentException("không có đơn vị " + unit + " trong kết quả (unit not scored); "
                    + "các đơn vị: " + String.join(", ", result.units().stream().map(u -> u.code()).sorted()
                    .toList()));
        }
        Explanation e = result.explain(unit);
        out.print(format.equals("json") ? ResultWriter.json(e) : e.toText());
        return OK;
    }

    /** Tells (on standard error) which units have no index because nothing applies to them. */
    private static void noteWithoutIndex(CampaignResult result, PrintStream err) {
        List<String> none = result.units().stream().filter(u -> !u.hasIndex()).map(UnitResult::code).toList();
        if (!none.isEmpty()) {
            err.println("Lưu ý (note): " + none.size() + " đơn vị không có chỉ số vì không tiêu chí nào áp dụng, "
                    + "các đơn vị khác vẫn được xếp hạng (units without index: nothing applies to them): "
                    + String.join(", ", none));
        }
    }

    /** Tells (on standard error) which units have no row in the scores file and so score 0 on every item. */
    private static void noteUnassessed(Campaign campaign, PrintStream err) {
        Set<String> assessed = new java.util.HashSet<>();
        campaign.assessments().forEach(x -> assessed.add(x.unit()));
        List<String> missing = campaign.units().stream().map(Unit::code).filter(c -> !assessed.contains(c)).toList();
        if (!missing.isEmpty()) {
            err.println("Lưu ý (note): " + missing.size() + " đơn vị không có dòng nào trong tệp điểm, mọi tiêu chí "
                    + "thẩm định tính 0 (units without any score row): " + String.join(", ", missing));
        }
    }

    /** Reads every file named, collecting the problems of all of them, and builds the campaign. */
    /**
     * The framework with the survey conversion and group weights of {@code --survey-conversion} and
     * {@code --group-weights G1=3,G2=1} instead of its own, to compare pooled and per-group weighting.
     */
    private static Framework surveyPolicy(Arguments a, Framework framework) {
        if (!a.has("survey-conversion") && !a.has("group-weights")) {
            return framework;
        }
        ScoringPolicy.Builder policy = framework.policy().toBuilder();
        if (a.has("survey-conversion")) {
            String value = a.required("survey-conversion").toUpperCase(Locale.ROOT);
            try {
                policy.surveyConversion(ScoringPolicy.SurveyConversion.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--survey-conversion phải là một trong (must be one of) "
                        + List.of(ScoringPolicy.SurveyConversion.values()) + ": " + value);
            }
        }
        if (a.has("group-weights")) {
            for (String pair : a.required("group-weights").split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new UsageException("--group-weights cần dạng NHÓM=trọng_số,… (needs GROUP=weight,…): " + pair);
                }
                try {
                    policy.groupWeight(kv[0].strip(), new java.math.BigDecimal(kv[1].strip()));
                } catch (NumberFormatException e) {
                    throw new UsageException("--group-weights: trọng số không phải số (weight is not a number): "
                            + pair);
                }
            }
        }
        return framework.withPolicy(policy.build());
    }

    private static Campaign load(Arguments a) {
        Framework framework = surveyPolicy(a, FrameworkReader.read(a.path("framework")));
        Path scoresFile = a.path("scores");
        Path answersFile = a.has("answers") ? a.path("answers") : null;
        Path unitsFile = a.has("units") ? a.path("units") : null;
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = null;
        if (unitsFile != null) {
            try {
                units = UnitsCsvReader.read(unitsFile);
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        ScoreSheet sheet = null;
        try {
            sheet = units == null ? ScoresCsvReader.read(scoresFile, framework)
                    : ScoresCsvReader.read(scoresFile, framework, units);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        SurveyTally tally = SurveyTally.empty();
        if (answersFile != null) {
            List<Unit> known = units != null ? units : sheet != null ? sheet.units() : unitsOf(scoresFile, framework);
            try {
                tally = known == null ? AnswersCsvReader.read(answersFile, framework)
                        : AnswersCsvReader.read(answersFile, framework, known);
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("the input files", problems);
        }
        return Campaign.builder(framework).units(units != null ? units : sheet.units())
                .assessments(sheet.assessments()).tally(tally).build();
    }

    /** The units a scores file names, or null when even that cannot be read (its problems are reported anyway). */
    private static List<Unit> unitsOf(Path scoresFile, Framework framework) {
        try {
            return ScoresCsvReader.units(scoresFile, framework);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static int validate(Arguments a, PrintStream out, PrintStream err) {
        a.allow("framework", "scores", "answers", "units");
        Map<String, List<Problem>> report = new LinkedHashMap<>();
        List<Path> frameworks = new ArrayList<>();
        List<Path> csvs = new ArrayList<>();
        for (String p : a.positional()) {
            Path path = Path.of(p);
            if (p.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                csvs.add(path);
            } else {
                frameworks.add(path);
            }
        }
        if (frameworks.isEmpty() && csvs.isEmpty() && !a.has("framework")) {
            throw new UsageException("validate cần ít nhất một tệp (needs at least one file)");
        }
        for (Path f : frameworks) {
            try {
                Framework fw = FrameworkReader.read(f);
                out.println("OK  " + f + ": bộ chỉ số " + fw.code() + " (" + fw.level() + "), " + fw.areas().size()
                        + " lĩnh vực, " + fw.leaves().size() + " tiêu chí chấm điểm, tối đa " + plain(fw.maxPoints())
                        + " (điều tra " + plain(fw.surveyMaxPoints()) + ")");
            } catch (ValidationException e) {
                report.put(f.toString(), e.problems());
            }
        }
        Path frameworkFile = a.has("framework") ? a.path("framework") : null;
        Path scores = a.has("scores") ? a.path("scores") : null;
        Path answers = a.has("answers") ? a.path("answers") : null;
        Path units = a.has("units") ? a.path("units") : null;
        for (Path csv : csvs) {
            switch (csvKind(csv)) {
                case "units" -> units = pick(units, csv, "units");
                case "answers" -> answers = pick(answers, csv, "answers");
                case "scores" -> scores = pick(scores, csv, "scores");
                default -> report.put(csv.toString(), List.of(Problem.of("header row", "không nhận ra loại tệp CSV "
                        + "(not a units, scores or answers file): cần cột code,name,level / unit,item,… / "
                        + "unit,item,option,count").at(csv.toString(), 1)));
            }
        }
        if ((scores != null || answers != null) && frameworkFile == null) {
            throw new UsageException("kiểm tra tệp điểm hoặc phiếu cần --framework (scores and answers are "
                    + "checked against a framework)");
        }
        List<Unit> unitList = null;
        if (units != null) {
            try {
                unitList = UnitsCsvReader.read(units);
                out.println("OK  " + units + ": " + unitList.size() + " đơn vị");
            } catch (ValidationException e) {
                report.put(units.toString(), e.problems());
            }
        }
        if (frameworkFile != null) {
            Framework fw = null;
            try {
                fw = FrameworkReader.read(frameworkFile);
                if (!frameworks.contains(frameworkFile)) {
                    out.println("OK  " + frameworkFile + ": bộ chỉ số " + fw.code());
                }
            } catch (ValidationException e) {
                report.put(frameworkFile.toString(), e.problems());
            }
            if (fw != null) {
                ScoreSheet sheet = null;
                if (scores != null) {
                    try {
                        sheet = unitList == null ? ScoresCsvReader.read(scores, fw)
                                : ScoresCsvReader.read(scores, fw, unitList);
                        out.println("OK  " + scores + ": " + sheet.assessments().size() + " dòng điểm, "
                                + sheet.units().size() + " đơn vị");
                    } catch (ValidationException e) {
                        report.put(scores.toString(), e.problems());
                    }
                }
                SurveyTally tally = null;
                if (answers != null) {
                    List<Unit> known = unitList != null ? unitList : sheet != null ? sheet.units()
                            : scores != null ? unitsOf(scores, fw) : null;
                    try {
                        tally = known == null ? AnswersCsvReader.read(answers, fw)
                                : AnswersCsvReader.read(answers, fw, known);
                        out.println("OK  " + answers + ": " + tally.answers() + " câu trả lời");
                    } catch (ValidationException e) {
                        report.put(answers.toString(), e.problems());
                    }
                }
                if (report.isEmpty() && sheet != null) {
                    try {
                        Campaign.builder(fw).units(unitList != null ? unitList : sheet.units())
                                .assessments(sheet.assessments())
                                .tally(tally == null ? SurveyTally.empty() : tally).build().score();
                        out.println("OK  các tệp khớp nhau và chấm được điểm (the files fit together and score)");
                    } catch (ValidationException e) {
                        report.put("campaign", e.problems());
                    }
                }
            }
        }
        if (report.isEmpty()) {
            return OK;
        }
        List<Problem> all = new ArrayList<>();
        report.values().forEach(all::addAll);
        printProblems(err, all);
        return BAD_INPUT;
    }

    private static String plain(java.math.BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static Path pick(Path already, Path csv, String kind) {
        if (already != null && !already.equals(csv)) {
            throw new UsageException("hai tệp " + kind + " (two " + kind + " files): " + already + ", " + csv);
        }
        return csv;
    }

    /** "units", "scores", "answers" or "" by the header row. */
    private static String csvKind(Path csv) {
        String header;
        try (InputStream in = Files.newInputStream(csv);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
             java.io.BufferedReader b = new java.io.BufferedReader(r)) {
            header = b.readLine();
        } catch (IOException e) {
            throw new ValidationException(csv.toString(), List.of(Problem.of("file", "cannot be read: "
                    + e.getMessage()).at(csv.toString(), 0)));
        }
        if (header == null) {
            return "";
        }
        List<String> columns = List.of(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replace("\"", "")
                .split("\\s*,\\s*"));
        if (columns.contains("count") && columns.contains("option")) {
            return "answers";
        }
        if (columns.contains("item") && columns.contains("unit")) {
            return "scores";
        }
        if (columns.contains("code") && columns.contains("level")) {
            return "units";
        }
        return "";
    }

    private static void printProblems(PrintStream err, List<Problem> problems) {
        err.println("Dữ liệu không hợp lệ (invalid input): " + problems.size()
                + (problems.size() == 1 ? " lỗi (problem)" : " lỗi (problems)") + ":");
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }

    /** A wrong command line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The options ({@code --name value} or {@code --name=value}) and positional arguments after the command. */
    static final class Arguments {
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<String> positional = new ArrayList<>();

        static Arguments parse(String[] args) {
            Arguments a = new Arguments();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    a.options.put("help", "");
                } else if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    String value;
                    int eq = name.indexOf('=');
                    if (eq >= 0) {
                        value = name.substring(eq + 1);
                        name = name.substring(0, eq);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        value = args[++i];
                    } else {
                        throw new UsageException("--" + name + " cần một giá trị (needs a value)");
                    }
                    if (a.options.put(name, value) != null) {
                        throw new UsageException("--" + name + " được cho hai lần (given twice)");
                    }
                } else {
                    a.positional.add(arg);
                }
            }
            return a;
        }

        boolean has(String name) {
            return options.containsKey(name);
        }

        void allow(String... names) {
            Set<String> allowed = Set.of(names);
            for (String name : options.keySet()) {
                if (!allowed.contains(name)) {
                    throw new UsageException("tùy chọn không rõ (unknown option): --" + name);
                }
            }
        }

        void noPositional() {
            if (!positional.isEmpty()) {
                throw new UsageException("đối số thừa (unexpected argument): " + positional.get(0));
            }
        }

        List<String> positional() {
            return positional;
        }

        String required(String name) {
            String value = options.get(name);
            if (value == null || value.isBlank()) {
                throw new UsageException("thiếu --" + name + " (missing --" + name + ")");
            }
            return value;
        }

        String optional(String name, String fallback) {
            return options.getOrDefault(name, fallback);
        }

        Path path(String name) {
            return Path.of(required(name));
        }
    }
}
