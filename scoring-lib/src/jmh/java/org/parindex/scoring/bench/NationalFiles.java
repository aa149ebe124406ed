package org.parindex.scoring.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Leaf;

/**
 * Writes the national campaign of {@link NationalCampaign} as files, for timing the command-line tool as a whole
 * process: {@code framework.json} (the same 100 leaves), {@code scores.csv} (one row per unit and APPRAISED leaf,
 * 231,200 rows) and {@code answers.csv} (per unit and SURVEY leaf one respondent group, each option present with
 * probability 0.53 and a count of 1–5: about 271,000 rows and 815,000 answers). Deterministic.
 *
 * <p>{@code java -cp <test classpath> org.parindex.scoring.bench.NationalFiles /tmp/national}
 */
public final class NationalFiles {

    private NationalFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/national");
        Files.createDirectories(dir);
        NationalCampaign c = new NationalCampaign(0, 20240110L);
        writeFramework(c, dir.resolve("framework.json"));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("scores.csv"), StandardCharsets.UTF_8)) {
            w.write("unit,unit_name,item,self_score,self_figure,appraised_score,appraised_figure,not_applicable,"
                    + "evidence,explanation\n");
            for (Assessment a : c.assessments) {
                w.write(a.unit() + ",Đơn vị " + a.unit().substring(1) + "," + a.item() + "," + plain(a.selfScore())
                        + "," + text(a.selfFigure()) + "," + plain(a.appraisedScore()) + ","
                        + text(a.appraisedFigure()) + "," + (a.notApplicable() ? "true" : "") + ","
                        + text(a.evidence()) + ",\n");
            }
        }
        SplittableRandom random = new SplittableRandom(20240111L);
        long answers = 0;
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("answers.csv"), StandardCharsets.UTF_8)) {
            w.write("unit,item,group,option,count\n");
            for (String unit : c.unitCodes) {
                for (String leaf : c.surveyLeaves) {
                    String group = NationalCampaign.GROUPS[random.nextInt(NationalCampaign.GROUPS.length)];
                    for (String option : NationalCampaign.OPTIONS) {
                        if (random.nextInt(100) < 53) {
                            int count = 1 + random.nextInt(5);
                            w.write(unit + "," + leaf + "," + group + "," + option + "," + count + "\n");
                            answers += count;
                            rows++;
                        }
                    }
                }
            }
        }
        System.out.println(dir + ": " + c.assessments.size() + " score rows, " + rows + " answer rows, " + answers
                + " answers");
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void writeFramework(NationalCampaign c, Path file) throws IOException {
        StringBuilder j = new StringBuilder();
        j.append("{\n  \"format\": \"parindex-framework/1\",\n  \"code\": \"BENCH\",\n")
                .append("  \"name\": \"Bộ chỉ số tổng hợp quy mô quốc gia\",\n  \"level\": \"DEPARTMENT\",\n")
                .append("  \"maxPoints\": 100,\n")
                .append("  \"answerScales\": [ { \"code\": \"ABCD\", \"name\": \"Bốn mức\", \"options\": [\n")
                .append("    { \"code\": \"A\", \"label\": \"Rất tốt\", \"coefficient\": 1.00 },\n")
                .append("    { \"code\": \"B\", \"label\": \"Tốt\", \"coefficient\": 0.60 },\n")
                .append("    { \"code\": \"C\", \"label\": \"Trung bình\", \"coefficient\": 0.20 },\n")
                .append("    { \"code\": \"D\", \"label\": \"Kém\", \"coefficient\": 0 },\n")
                .append("    { \"code\": \"E\", \"label\": \"Không biết\", \"coefficient\": null } ] } ],\n")
                .append("  \"areas\": [\n");
        int a = 0;
        for (var area : c.framework.areas()) {
            j.append(a++ == 0 ? "" : ",\n").append("    { \"code\": \"").append(area.code()).append("\", \"name\": \"")
                    .append(area.name()).append("\", \"maxPoints\": 10, \"criteria\": [\n");
            int k = 0;
            for (var criterion : area.criteria()) {
                j.append(k++ == 0 ? "" : ",\n").append("      { \"code\": \"").append(criterion.code())
                        .append("\", \"name\": \"").append(criterion.name())
                        .append("\", \"maxPoints\": 2, \"subCriteria\": [\n");
                int l = 0;
                for (Leaf leaf : criterion.leaves()) {
                    j.append(l++ == 0 ? "" : ",\n").append("        ").append(leaf(leaf));
                }
                j.append(" ] }");
            }
            j.append(" ] }");
        }
        j.append(" ]\n}\n");
        Files.writeString(file, j, StandardCharsets.UTF_8);
    }

    private static String leaf(Leaf leaf) {
        String head = "{ \"code\": \"" + leaf.code() + "\", \"name\": \"" + leaf.name() + "\", \"maxPoints\": 1, ";
        if (leaf.isSurvey()) {
            return head + "\"method\": \"SURVEY\", \"scale\": \"ABCD\" }";
        }
        String rule = switch (leaf.rule() == null ? "" : leaf.rule().type()) {
            case "LEVELS" -> ", \"rule\": { \"type\": \"LEVELS\", \"levels\": [ { \"code\": \"ON_TIME\", \"label\": "
                    + "\"Đúng hạn\", \"points\": 1 }, { \"code\": \"LATE\", \"label\": \"Chậm\", \"points\": 0.5 }, "
                    + "{ \"code\": \"NONE\", \"label\": \"Không\", \"points\": 0 } ] }";
            case "BANDS" -> ", \"rule\": { \"type\": \"BANDS\", \"bands\": [ { \"min\": 100, \"points\": 1 }, "
                    + "{ \"min\": 95, \"points\": 0.75 }, { \"min\": 90, \"points\": 0.5 } ], \"otherwise\": 0 }";
            case "RATIO" -> ", \"rule\": { \"type\": \"RATIO\" }";
            case "DEDUCTION" -> ", \"rule\": { \"type\": \"DEDUCTION\", \"perViolation\": 0.25 }";
            default -> "";
        };
        return head + "\"method\": \"APPRAISED\"" + rule + " }";
    }
}
