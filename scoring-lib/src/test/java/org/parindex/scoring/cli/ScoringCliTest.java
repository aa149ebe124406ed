package org.parindex.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringCliTest {

    private static final String TOY = "src/test/resources/toy/";

    /** The exit code and what the tool printed. */
    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScoringCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scoresTheToyCampaignAsATable() {
        Run r = run("score", "--framework", TOY + "framework.json", "--scores", TOY + "scores.csv",
                "--answers", TOY + "answers.csv");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(" 2/3  SO_X  Sở X    10.375      15   69.17  –\n")
                .contains(" 1/3  SO_Y  Sở Y     14.55      15   97.00  Nhóm A (Tốt)\n");
    }

    @Test
    void scoresAsCsvAndJsonWithAUnitsFile() {
        Run csv = run("score", "--framework", TOY + "framework.json", "--scores", TOY + "scores.csv",
                "--answers", TOY + "answers.csv", "--units", TOY + "units.csv", "--format", "csv");
        Run json = run("score", "--framework=" + TOY + "framework.json", "--scores=" + TOY + "scores.csv",
                "--answers=" + TOY + "answers.csv", "--format=json");

        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).contains("2,3,SO_X,Sở X,DEPARTMENT,TINH,10.375,15,69.17,,,13.575,90.50,0,INDEXED,80.83,61.39\n");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).startsWith("{\n").contains("\"format\": \"parindex-results/1\"");
    }

    @Test
    void notesUnitsOfTheUnitListWithoutAnyScoreRow(@TempDir Path dir) throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, Files.readString(Path.of(TOY + "units.csv")) + "SO_W,Sở W,DEPARTMENT,TINH\r\n");

        Run r = run("score", "--framework", TOY + "framework.json", "--scores", TOY + "scores.csv",
                "--units", units.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("Lưu ý (note): 1 đơn vị không có dòng nào trong tệp điểm, mọi tiêu chí thẩm "
                + "định tính 0 (units without any score row): SO_W\n");
        assertThat(r.out()).contains(" 4/4  SO_W  Sở W      0       9    0.00  –\n");
    }

    @Test
    void explainsOneUnit() {
        Run r = run("explain", "--unit", "SO_X", "--framework", TOY + "framework.json", "--scores",
                TOY + "scores.csv", "--answers", TOY + "answers.csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("GIẢI TRÌNH CHỈ SỐ CCHC (PAR Index explanation) — Sở X (SO_X)\n")
                .contains("Chỉ số (index):            69.17   = 10.375 / 15 × 100\n")
                .contains("Xếp hạng (rank):           2 / 3\n")
                .contains("Xếp loại (band):           không thuộc nhóm nào (none)\n");
    }

    @Test
    void explainsAsJson() {
        Run r = run("explain", "--unit", "SO_Z", "--format", "json", "--framework", TOY + "framework.json",
                "--scores", TOY + "scores.csv", "--answers", TOY + "answers.csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"format\": \"parindex-explanation/1\"").contains("\"status\": \"NOT_APPLICABLE\"");
    }

    @Test
    void explainingAnUnknownUnitIsBadInput() {
        Run r = run("explain", "--unit", "SO_Q", "--framework", TOY + "framework.json", "--scores",
                TOY + "scores.csv");

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("Dữ liệu không hợp lệ (invalid input): không có đơn vị SO_Q trong kết quả "
                + "(unit not scored); các đơn vị: SO_X, SO_Y, SO_Z\n");
    }

    @Test
    void validatesAGoodFramework() {
        Run r = run("validate", TOY + "framework.json");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("OK  " + TOY + "framework.json: bộ chỉ số TOY-SO (DEPARTMENT), 2 lĩnh vực, "
                + "7 tiêu chí chấm điểm, tối đa 15 (điều tra 6)\n");
    }

    @Test
    void validateListsEveryProblemOfABrokenFrameworkWithLinesAndExitsTwo() {
        Run r = run("validate", TOY + "framework.json", TOY + "broken-framework.json");

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.out()).startsWith("OK  " + TOY + "framework.json");
        assertThat(r.err()).startsWith("Dữ liệu không hợp lệ (invalid input): 12 lỗi (problems):\n")
                .contains("  " + TOY + "broken-framework.json:15: criterion 1.1: method is missing")
                .contains("  " + TOY + "broken-framework.json:33: area 4: maxPoints 2 ≠ sum of its criteria 1\n")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validatesCsvFilesAgainstAFrameworkRecognisingThemByHeader() {
        Run r = run("validate", "--framework", TOY + "framework.json", TOY + "units.csv", TOY + "scores.csv",
                TOY + "answers.csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("OK  " + TOY + "units.csv: 5 đơn vị\n")
                .contains("OK  " + TOY + "scores.csv: 15 dòng điểm, 3 đơn vị\n")
                .contains("OK  " + TOY + "answers.csv: 60 câu trả lời\n")
                .contains("OK  các tệp khớp nhau và chấm được điểm");
    }

    @Test
    void reportsProblemsOfScoresAndAnswersTogether() {
        Run r = run("score", "--framework", TOY + "framework.json", "--scores", TOY + "broken-scores.csv",
                "--answers", TOY + "broken-answers.csv");

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Dữ liệu không hợp lệ (invalid input): 14 lỗi (problems):\n")
                .contains(TOY + "broken-scores.csv:2: unit SO_X, criterion 1.1: appraised figure: unknown level code")
                .contains(TOY + "broken-answers.csv:7: answers for unit SO_Q, item S1: unknown unit SO_Q (not in the "
                        + "unit list)");
    }

    @Test
    void missingFileIsBadInput() {
        Run r = run("score", "--framework", TOY + "nothing.json", "--scores", TOY + "scores.csv");

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("Dữ liệu không hợp lệ (invalid input): 1 lỗi (problem):\n  " + TOY
                + "nothing.json: file: does not exist\n");
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        assertThat(run().exit()).isEqualTo(ScoringCli.USAGE);
        assertThat(run("rank").err()).startsWith("Sai cú pháp lệnh (usage error): lệnh không rõ (unknown command): rank\n");
        assertThat(run("score", "--scores", "s.csv").err())
                .startsWith("Sai cú pháp lệnh (usage error): thiếu --framework (missing --framework)\n");
        assertThat(run("score", "--framework", "f.json", "--scores", "s.csv", "--format", "xml").exit())
                .isEqualTo(ScoringCli.USAGE);
        assertThat(run("score", "--framework").err()).contains("--framework cần một giá trị (needs a value)");
        assertThat(run("score", "--framework", "f", "--color", "red").err())
                .contains("tùy chọn không rõ (unknown option): --color");
        assertThat(run("validate").exit()).isEqualTo(ScoringCli.USAGE);
        assertThat(run("validate", TOY + "scores.csv").err()).contains("cần --framework");
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        Run r = run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("score    --framework F.json --scores S.csv").contains("Mã thoát (exit codes)");
        assertThat(run("score", "--help").exit()).isZero();
    }

    private static String scoresWith(String row) {
        return "unit,item,appraised_score\nSO_X,1.2,1\n" + row + "\n";
    }

    private static Run scoreFiles(Path dir, String framework, String scores, String answers) throws Exception {
        Path f = dir.resolve("f.json");
        Files.writeString(f, framework);
        Path s = dir.resolve("s.csv");
        Files.writeString(s, scores);
        if (answers == null) {
            return run("score", "--framework", f.toString(), "--scores", s.toString());
        }
        Path a = dir.resolve("a.csv");
        Files.writeString(a, answers);
        return run("score", "--framework", f.toString(), "--scores", s.toString(), "--answers", a.toString());
    }

    private static String toyFramework() throws Exception {
        return Files.readString(Path.of(TOY + "framework.json"));
    }

    @Test
    void hugeExponentsAreBadInputAtOnceWithFileAndLine(@TempDir Path dir) throws Exception {
        for (String bomb : new String[] {"1E+999999999", "1E-100000", "1E-999999999"}) {
            long start = System.nanoTime();
            Run r = scoreFiles(dir, toyFramework(), scoresWith("SO_X,3.2," + bomb), null);

            assertThat(r.exit()).as(bomb).isEqualTo(ScoringCli.BAD_INPUT);
            assertThat(r.err()).as(bomb).contains(dir.resolve("s.csv") + ":3: unit SO_X, item 3.2: appraised_score "
                    + "is out of bounds").contains(bomb).hasSizeLessThan(1000);
            assertThat(System.nanoTime() - start).as(bomb).isLessThan(5_000_000_000L);
        }
    }

    @Test
    void anAnswerCountAboveTheBoundIsBadInputWithFileAndLine(@TempDir Path dir) throws Exception {
        Run r = scoreFiles(dir, toyFramework(), scoresWith("SO_X,1.1,1"),
                "unit,item,group,option,count\nSO_X,S1,,VG,2147483648\n");

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.err()).contains(dir.resolve("a.csv") + ":2: answers for unit SO_X, item S1: count of option VG "
                + "is above 100000000: 2147483648");
    }

    @Test
    void deeplyNestedJsonIsBadInputWithFileAndLine(@TempDir Path dir) throws Exception {
        String deep = "{\"areas\":\n" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Run r = scoreFiles(dir, deep, scoresWith("SO_X,1.1,1"), null);

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.err()).contains(dir.resolve("f.json") + ":2: JSON: nests objects and arrays more than 64 deep");
    }

    @Test
    void aLatin1FileIsBadInputNamingUtf8AndTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("f.json");
        Files.writeString(f, toyFramework());
        Path s = dir.resolve("s.csv");
        Files.write(s, "unit,unit_name,item\nSO_X,Sở X,1.1\nSO_Y,S\u00f4 Y,1.1\n".getBytes(StandardCharsets.ISO_8859_1));

        Run r = run("score", "--framework", f.toString(), "--scores", s.toString());

        assertThat(r.exit()).isEqualTo(ScoringCli.BAD_INPUT);
        assertThat(r.err()).contains(s + ":3: file: is not UTF-8 text").doesNotContain("Input length");
    }

    @Test
    void aUnitWithNothingApplicableIsListedWithoutIndexAndTheOthersAreScored(@TempDir Path dir) throws Exception {
        // SO_Z: every appraised item not applicable, and no survey answers (EXCLUDE below the minimum): max 0.
        String scores = Files.readString(Path.of(TOY + "scores.csv")).lines()
                .map(l -> l.startsWith("SO_Z,") ? l.replaceFirst("^(SO_Z,[^,]*,[^,]*),[^,]*,[^,]*,[^,]*,[^,]*,[^,]*",
                        "$1,,,,,true") : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String answers = Files.readString(Path.of(TOY + "answers.csv")).lines().filter(l -> !l.startsWith("SO_Z,"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Run table = scoreFiles(dir, toyFramework(), scores, answers);
        Run csv = run("score", "--framework", dir.resolve("f.json").toString(), "--scores",
                dir.resolve("s.csv").toString(), "--answers", dir.resolve("a.csv").toString(), "--format", "csv");
        Run json = run("score", "--framework", dir.resolve("f.json").toString(), "--scores",
                dir.resolve("s.csv").toString(), "--answers", dir.resolve("a.csv").toString(), "--format", "json");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains(" 2/2  SO_X").contains("   –  SO_Z  Sở Z").contains("không có chỉ số (no index)");
        assertThat(table.err()).contains("1 đơn vị không có chỉ số").contains("SO_Z");
        assertThat(csv.out()).contains(",2,SO_Z,Sở Z,DEPARTMENT,").contains(",NO_INDEX,");
        assertThat(json.out()).contains("\"status\": \"NO_INDEX\"").contains("\"index\": null");
    }

    private static final String HD = "../questionnaires/";

    private static Run scoreHaiDuong(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("score", "--framework",
                HD + "frameworks/haiduong-3396-so.json", "--scores", HD + "examples/haiduong-2023-so-scores.csv",
                "--answers", HD + "examples/haiduong-2023-so-answers.csv", "--format", "csv"));
        args.addAll(java.util.List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void weighsTheSurveyPerGroupWhenAsked() {
        Run pooled = scoreHaiDuong();
        Run perGroup = scoreHaiDuong("--survey-conversion", "group_mean");
        Run onlyDelegates = scoreHaiDuong("--survey-conversion", "GROUP_MEAN", "--group-weights",
                "LANH_DAO_MTTQ_TINH=0,LANH_DAO_UBND_HUYEN=0,TRUONG_PHONG_HUYEN=0");

        assertThat(pooled.exit()).isZero();
        assertThat(perGroup.exit()).as(perGroup.err()).isZero();
        assertThat(onlyDelegates.exit()).as(onlyDelegates.err()).isZero();
        assertThat(perGroup.out()).isNotEqualTo(pooled.out()).contains("SO_NOI_VU");
        assertThat(onlyDelegates.out()).isNotEqualTo(perGroup.out());
        assertThat(pooled.out()).isEqualTo(scoreHaiDuong("--survey-conversion", "MEAN_COEFFICIENT").out());
    }

    @Test
    void refusesAnUnknownConversionOrMalformedWeights() {
        Run unknown = scoreHaiDuong("--survey-conversion", "MEDIAN");
        Run malformed = scoreHaiDuong("--group-weights", "HDND_TINH");
        Run notANumber = scoreHaiDuong("--group-weights", "HDND_TINH=nhiều");
        Run negative = scoreHaiDuong("--group-weights", "HDND_TINH=-1");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("--survey-conversion", "GROUP_MEAN");
        assertThat(malformed.exit()).isEqualTo(1);
        assertThat(malformed.err()).contains("NHÓM=trọng_số");
        assertThat(notANumber.exit()).isEqualTo(1);
        assertThat(negative.exit()).isNotZero();
    }
}
