package org.parindex.survey.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.survey.scores.application.ScoreService;

class CsvCellsTest {

    @Test
    void quotesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvCells.safe("=HYPERLINK(\"http://evil.example\",\"Bấm\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Bấm\")");
        assertThat(CsvCells.safe("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCells.safe("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
        assertThat(CsvCells.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.safe("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.safe("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.safe("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.safe(null)).isEmpty();
    }

    @Test
    void keepsNumbersAsNumbers() {
        assertThat(CsvCells.safe("-1.5")).isEqualTo("-1.5");
        assertThat(CsvCells.safe("+3")).isEqualTo("+3");
        assertThat(CsvCells.safe("-0,25")).isEqualTo("-0,25");
        assertThat(CsvCells.safe("-2E3")).isEqualTo("-2E3");
        assertThat(CsvCells.safe(new BigDecimal("-0.50"))).isEqualTo("-0.50");
        assertThat(CsvCells.safe(-7)).isEqualTo("-7");
        assertThat(CsvCells.safe("-1.5.2")).isEqualTo("'-1.5.2");
        assertThat(CsvCells.safe("-")).isEqualTo("'-");
    }

    @Test
    void theScoresExportQuotesTextButNotNegativePointsAndImportsBackUnchanged() {
        Assessment a = new Assessment("SO_TAI_CHINH", "1.1", new BigDecimal("-0.5"), null, new BigDecimal("-1"),
                null, false, "=HYPERLINK(\"http://evil.example\")", "- đã làm đủ");
        String csv = ScoreService.csv(List.of(a), Map.of("SO_TAI_CHINH", "@Sở Tài chính"));
        assertThat(csv).contains("'@Sở Tài chính", ",-0.5,", ",-1,", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
                "'- đã làm đủ");
        Table back = new TableReader(Map.of("unit_name", List.of(), "evidence", List.of(), "explanation", List.of(),
                "self_score", List.of())).read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(back.rows().get(0).get("unit_name")).isEqualTo("@Sở Tài chính");
        assertThat(back.rows().get(0).get("evidence")).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(back.rows().get(0).get("explanation")).isEqualTo("- đã làm đủ");
        assertThat(back.rows().get(0).get("self_score")).isEqualTo("-0.5");
    }

    @Test
    void neutralisesATableWrittenElsewhere() {
        assertThat(CsvCells.neutralise("unit,unit_name,index\nA,=1+1,-3.5\n")).isEqualTo("unit,unit_name,index\nA,'=1+1,-3.5\n");
    }
}
