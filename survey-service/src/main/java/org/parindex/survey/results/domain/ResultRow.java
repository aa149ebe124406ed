package org.parindex.survey.results.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parindex.survey.tabular.CsvCells;

/**
 * One unit's line of a results table, as scoring-lib's results CSV ({@code ResultWriter.csv}) has it: the same
 * text for a live computation and for a published snapshot.
 *
 * @param rank        rank within the level (1 = best); {@code null} for a unit without index (nothing applicable)
 * @param rankedAmong how many units share the ranking
 * @param unit        unit code
 * @param unitName    unit name
 * @param parent      parent unit code, or null
 * @param total       achieved points
 * @param max         applicable max
 * @param index       the index, rounded as the framework's policy says
 * @param band        band code, or null
 * @param bandName    band name, or null
 * @param selfIndex   the index with self-assessed instead of appraised points
 * @param bonus       bonus points counted
 * @param areas       sub-index per area code (null where nothing of the area applies), in framework order
 */
public record ResultRow(Integer rank, int rankedAmong, String unit, String unitName, String parent, BigDecimal total,
                        BigDecimal max, BigDecimal index, String band, String bandName, BigDecimal selfIndex,
                        BigDecimal bonus, Map<String, BigDecimal> areas) {

    private static final String AREA = "area_";

    public ResultRow {
        areas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    }

    /**
     * Reads the rows of a results CSV written by scoring-lib's {@code ResultWriter.csv} (as it is, or as stored,
     * with formula-like names quoted by {@link CsvCells#neutralise}).
     */
    public static List<ResultRow> fromCsv(String csv) {
        List<ResultRow> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> areaColumns = p.getHeaderNames().stream().filter(h -> h.startsWith(AREA)).toList();
            for (CSVRecord r : p) {
                Map<String, BigDecimal> areas = new LinkedHashMap<>();
                for (String column : areaColumns) {
                    areas.put(column.substring(AREA.length()), decimal(r.get(column)));
                }
                rows.add(new ResultRow(integer(r.get("rank")), Integer.parseInt(r.get("ranked_among")),
                        r.get("unit"), CsvCells.unquote(r.get("unit_name")), blankToNull(r.get("parent")),
                        decimal(r.get("total")), decimal(r.get("max")), decimal(r.get("index")),
                        blankToNull(r.get("band")), blankToNull(CsvCells.unquote(r.get("band_name"))), decimal(r.get("self_index")), decimal(r.get("bonus")),
                        areas));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading results CSV from memory", e);
        }
        return rows;
    }

    /** A rank, or {@code null} for a unit without index (scoring-lib's {@code NO_INDEX}: nothing applicable). */
    private static Integer integer(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
