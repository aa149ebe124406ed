package org.parindex.scoring.format;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parindex.scoring.Area;
import org.parindex.scoring.AreaResult;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.CriterionResult;
import org.parindex.scoring.Explanation;
import org.parindex.scoring.Framework;
import org.parindex.scoring.LeafResult;
import org.parindex.scoring.PointLoss;
import org.parindex.scoring.ScoringPolicy;
import org.parindex.scoring.SurveyOutcome;
import org.parindex.scoring.UnitResult;

/**
 * Writes scored results as a text table (for people), CSV (for spreadsheets: one row per unit with the area
 * sub-indices) or JSON (everything, down to each leaf). The same result always gives the same bytes: fixed
 * column and key order, {@code \n} line ends, exact decimals.
 */
public final class ResultWriter {

    /** Output formats. */
    public enum Format {
        /** An aligned text table. */
        TABLE,
        /** CSV with a header row, one row per unit. */
        CSV,
        /** JSON document {@code parindex-results/1}. */
        JSON
    }

    /** The {@code format} value of the JSON results. */
    public static final String JSON_FORMAT = "parindex-results/1";

    /** The {@code format} value of a JSON explanation. */
    public static final String EXPLANATION_FORMAT = "parindex-explanation/1";

    private ResultWriter() {
    }

    /**
     * Writes {@code result} to {@code out} in {@code format} and flushes it (without closing it). CSV and JSON are
     * streamed unit by unit, so that a national campaign's output (hundreds of megabytes of JSON) is never held in
     * memory; the same bytes as {@link #csv(CampaignResult)} and {@link #json(CampaignResult)}.
     */
    public static void write(CampaignResult result, Format format, Writer out) throws IOException {
        Objects.requireNonNull(result, "result == null");
        Objects.requireNonNull(format, "format == null");
        Objects.requireNonNull(out, "out == null");
        switch (format) {
            case TABLE -> out.write(table(result));
            case CSV -> csv(result, out);
            case JSON -> {
                json(result, out);
                out.write('\n');
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
        out.flush();
    }

    /** The results as a table: rank, unit, total, max, index, band (and parent when ranked within parents). */
    public static String table(CampaignResult result) {
        Objects.requireNonNull(result, "result == null");
        Framework f = result.framework();
        boolean byParent = f.policy().rankWithin() == ScoringPolicy.RankWithin.PARENT;
        StringBuilder s = new StringBuilder();
        s.append("Chỉ số CCHC (PAR Index) — ").append(f.code()).append(": ").append(f.name()).append('\n');
        s.append("Cấp (level) ").append(f.level()).append(", ").append(result.units().size())
                .append(" đơn vị; xếp hạng ").append(byParent ? "theo đơn vị cấp trên" : "chung cả cấp")
                .append("\n\n");
        List<String> header = new ArrayList<>(List.of("Hạng", "Mã", "Đơn vị", "Đạt", "Tối đa", "Chỉ số",
                "Xếp loại"));
        if (byParent) {
            header.add(0, "Cấp trên");
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        int shift = byParent ? 1 : 0;
        t.right(shift, 3 + shift, 4 + shift, 5 + shift);
        for (UnitResult u : result.units()) {
            List<String> row = new ArrayList<>(List.of(u.hasIndex() ? u.rank() + "/" + u.rankedAmong() : "–",
                    u.code(), u.unit().name(), shortNumber(u.total()), shortNumber(u.maxPoints()),
                    u.hasIndex() ? u.index().toPlainString() : "–",
                    u.hasIndex() ? (u.band() == null ? "–" : u.band().name())
                            : "không có chỉ số (no index): không tiêu chí nào áp dụng"));
            if (byParent) {
                row.add(0, u.unit().parent() == null ? "–" : u.unit().parent());
            }
            t.row(row.toArray(String[]::new));
        }
        t.render(s);
        return s.toString();
    }

    /**
     * The results as CSV: {@code rank,ranked_among,unit,unit_name,level,parent,total,max,index,band,band_name,
     * self_total,self_index,bonus,status} and one {@code area_<code>} sub-index column per area. {@code status} is
     * {@code INDEXED} or {@code NO_INDEX} ({@link UnitResult.Status}); a unit without index has blank rank, index,
     * self index and band.
     */
    public static String csv(CampaignResult result) {
        Objects.requireNonNull(result, "result == null");
        StringWriter s = new StringWriter();
        try {
            csv(result, s);
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return s.toString();
    }

    private static void csv(CampaignResult result, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("rank", "ranked_among", "unit", "unit_name", "level", "parent",
                "total", "max", "index", "band", "band_name", "self_total", "self_index", "bonus", "status"));
        for (Area a : result.framework().areas()) {
            header.add("area_" + a.code());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new)).get();
        CSVPrinter p = new CSVPrinter(out, format);
        for (UnitResult u : result.units()) {
            List<String> row = new ArrayList<>(List.of(u.hasIndex() ? Integer.toString(u.rank()) : "",
                    Integer.toString(u.rankedAmong()), u.code(), u.unit().name(), u.unit().level(),
                    u.unit().parent() == null ? "" : u.unit().parent(), plain(u.total()), plain(u.maxPoints()),
                    u.hasIndex() ? u.index().toPlainString() : "", u.band() == null ? "" : u.band().code(),
                    u.band() == null ? "" : u.band().name(), plain(u.selfTotal()),
                    u.hasIndex() ? u.selfIndex().toPlainString() : "", plain(u.bonusPoints()), u.status().name()));
            for (AreaResult a : u.areas()) {
                row.add(a.subIndex() == null ? "" : a.subIndex().toPlainString());
            }
            p.printRecord(row);
        }
        p.flush();
    }

    /** The results as JSON ({@code parindex-results/1}): every unit down to each leaf. */
    public static String json(CampaignResult result) {
        Objects.requireNonNull(result, "result == null");
        StringWriter out = new StringWriter();
        json(result, out);
        return out + "\n";
    }

    private static void json(CampaignResult result, Writer out) {
        try (JsonGenerator g = generator(new LfWriter(out))) {
            g.writeStartObject();
            g.write("format", JSON_FORMAT);
            framework(g, result.framework());
            g.writeStartArray("units");
            for (UnitResult u : result.units()) {
                g.writeStartObject();
                unit(g, u);
                g.writeStartArray("areas");
                for (AreaResult a : u.areas()) {
                    area(g, a);
                }
                g.writeEnd();
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
    }

    /** An explanation as JSON ({@code parindex-explanation/1}): the unit, its losses and every leaf. */
    public static String json(Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation == null");
        StringWriter out = new StringWriter();
        UnitResult u = explanation.unit();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.write("format", EXPLANATION_FORMAT);
            framework(g, explanation.framework());
            g.writeStartObject("unit");
            unit(g, u);
            g.writeEnd();
            g.write("pointsLost", u.pointsLost());
            losses(g, "areaLosses", explanation.areaLosses());
            losses(g, "criterionLosses", explanation.criterionLosses());
            losses(g, "leafLosses", explanation.leafLosses());
            g.writeStartArray("appraisalCuts");
            for (LeafResult l : explanation.appraisalCuts()) {
                g.writeStartObject();
                g.write("code", l.code());
                g.write("selfPoints", l.selfPoints());
                g.write("appraisedPoints", l.appraisedPoints());
                g.write("cut", l.appraisalCut().orElseThrow());
                g.writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("areas");
            for (AreaResult a : u.areas()) {
                area(g, a);
            }
            g.writeEnd();
            g.writeEnd();
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }

    private static JsonGenerator generator(Writer out) {
        return Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out);
    }

    private static void framework(JsonGenerator g, Framework f) {
        g.writeStartObject("framework");
        g.write("code", f.code());
        g.write("name", f.name());
        g.write("level", f.level());
        g.write("maxPoints", f.maxPoints());
        g.writeEnd();
    }

    private static void unit(JsonGenerator g, UnitResult u) {
        g.write("code", u.code());
        g.write("name", u.unit().name());
        g.write("level", u.unit().level());
        nullable(g, "parent", u.unit().parent());
        if (u.hasIndex()) {
            g.write("rank", u.rank());
        } else {
            g.writeNull("rank");
        }
        g.write("rankedAmong", u.rankedAmong());
        g.write("total", u.total());
        g.write("maxPoints", u.maxPoints());
        g.write("status", u.status().name());
        nullable(g, "index", u.index());
        nullable(g, "unroundedIndex", u.unroundedIndex());
        g.write("selfTotal", u.selfTotal());
        nullable(g, "selfIndex", u.selfIndex());
        g.write("bonusPoints", u.bonusPoints());
        if (u.band() == null) {
            g.writeNull("band");
        } else {
            g.writeStartObject("band");
            g.write("code", u.band().code());
            g.write("name", u.band().name());
            g.writeEnd();
        }
    }

    private static void area(JsonGenerator g, AreaResult a) {
        g.writeStartObject();
        g.write("code", a.code());
        g.write("name", a.area().name());
        g.write("maxPoints", a.maxPoints());
        g.write("points", a.points());
        g.write("bonusPoints", a.bonusPoints());
        nullable(g, "subIndex", a.subIndex());
        g.writeStartArray("criteria");
        for (CriterionResult c : a.criteria()) {
            g.writeStartObject();
            g.write("code", c.code());
            g.write("name", c.criterion().name());
            g.write("maxPoints", c.maxPoints());
            g.write("points", c.points());
            g.write("bonusPoints", c.bonusPoints());
            g.writeStartArray("leaves");
            for (LeafResult l : c.leaves()) {
                leaf(g, l);
            }
            g.writeEnd();
            g.writeEnd();
        }
        g.writeEnd();
        g.writeEnd();
    }

    private static void leaf(JsonGenerator g, LeafResult l) {
        g.writeStartObject();
        g.write("code", l.code());
        g.write("name", l.leaf().name());
        g.write("method", l.leaf().method().name());
        g.write("status", l.status().name());
        g.write("maxPoints", l.maxPoints());
        nullable(g, "selfPoints", l.selfPoints());
        nullable(g, "appraisedPoints", l.appraisedPoints());
        nullable(g, "surveyPoints", l.surveyPoints());
        g.write("points", l.points());
        g.write("pointsLost", l.pointsLost());
        nullable(g, "selfFigure", l.selfFigure());
        nullable(g, "appraisedFigure", l.appraisedFigure());
        nullable(g, "evidence", l.evidence());
        nullable(g, "explanation", l.explanation());
        SurveyOutcome o = l.survey();
        if (o != null) {
            g.writeStartObject("survey");
            g.write("conversion", o.conversion().name());
            g.write("answers", o.answers());
            g.write("validAnswers", o.validAnswers());
            g.write("unscoredAnswers", o.unscoredAnswers());
            g.writeStartObject("optionCounts");
            o.optionCounts().forEach(g::write);
            g.writeEnd();
            nullable(g, "ratio", o.ratio());
            g.writeStartArray("groups");
            for (SurveyOutcome.GroupOutcome group : o.groups()) {
                g.writeStartObject();
                nullable(g, "group", group.group());
                g.write("validAnswers", group.validAnswers());
                nullable(g, "meanCoefficient", group.meanCoefficient());
                g.write("weight", group.weight());
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void losses(JsonGenerator g, String name, List<PointLoss> losses) {
        g.writeStartArray(name);
        for (PointLoss p : losses) {
            g.writeStartObject();
            g.write("code", p.code());
            g.write("name", p.name());
            g.write("maxPoints", p.maxPoints());
            g.write("points", p.points());
            g.write("pointsLost", p.pointsLost());
            g.write("indexPoints", p.indexPoints());
            g.write("reason", p.reason());
            g.writeEnd();
        }
        g.writeEnd();
    }

    private static void nullable(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }

    private static void nullable(JsonGenerator g, String key, BigDecimal value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** Up to 4 decimals for the table; exact values stay in CSV and JSON. */
    static String shortNumber(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 4) {
            v = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    /**
     * Passes text on without carriage returns (the generator's pretty printing may use the platform's line
     * separator; escaped JSON strings never contain a raw one), and does not close what it writes to.
     */
    private static final class LfWriter extends Writer {
        private final Writer out;

        LfWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\r') {
                    out.write(buf, start, i - start);
                    start = i + 1;
                }
            }
            out.write(buf, start, off + len - start);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
