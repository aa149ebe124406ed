package org.parindex.survey.scores.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Assessment;
import org.parindex.scoring.Framework;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.tabular.ImportReport.Outcome;
import org.parindex.survey.tabular.ImportReport.RowResult;

class ScoreFileTest {

    static final Framework SO = framework("parindex/frameworks/haiduong-3396-so.json");
    static final Path EXAMPLE = Path.of("../questionnaires/examples/haiduong-2023-so-scores.csv");

    static Framework framework(String resource) {
        try (InputStream in = ScoreFileTest.class.getClassLoader().getResourceAsStream(resource)) {
            return FrameworkReader.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreFile.Context context(Map<String, Assessment> existing) {
        return new ScoreFile.Context(Map.of("SO_NOI_VU", "DEPARTMENT", "SO_TAI_CHINH", "DEPARTMENT",
                "SO_TU_PHAP", "DEPARTMENT", "SO_Y_TE", "DEPARTMENT", "SO_XAY_DUNG", "DEPARTMENT",
                "BINH_GIANG", "DISTRICT", "BINH_GIANG_XA_A", "COMMUNE"), Map.of("DEPARTMENT", SO), existing);
    }

    private static ScoreFile.Checked check(String csv, Map<String, Assessment> existing) {
        return ScoreFile.check(ScoreFile.READER.read(csv.getBytes(StandardCharsets.UTF_8)), context(existing));
    }

    @Test
    void acceptsTheExampleScoresFileExactlyAsScoringLibReadsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(EXAMPLE);
        ScoreFile.Checked checked = ScoreFile.check(ScoreFile.READER.read(bytes), context(Map.of()));

        assertThat(checked.results()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(checked.results()).extracting(RowResult::outcome).containsOnly(Outcome.CREATED);
        List<Assessment> direct = ScoresCsvReader.read(EXAMPLE, SO).assessments();
        assertThat(checked.accepted()).hasSize(direct.size());
        for (int i = 0; i < direct.size(); i++) {
            Assessment a = checked.accepted().get(i);
            Assessment b = direct.get(i);
            assertThat(a.unit()).isEqualTo(b.unit());
            assertThat(a.item()).isEqualTo(b.item());
            assertThat(a.appraisedFigure()).isEqualTo(b.appraisedFigure());
            assertThat(a.notApplicable()).isEqualTo(b.notApplicable());
            assertThat(a.evidence()).isEqualTo(b.evidence());
        }
    }

    @Test
    void reportsEveryBadRowWithItsRowNumberColumnAndValue() {
        String csv = """
                unit,item,self_score,appraised_score,appraised_figure,not_applicable
                SO_NOI_VU,1.2,0.5,0.5,,
                SO_KHONG_CO,1.2,0.5,0.5,,
                SO_NOI_VU,9.9.9,1,1,,
                SO_NOI_VU,1.2,abc,,,
                SO_NOI_VU,1.3.1,,,NEVER,
                SO_TU_PHAP,1.2,,7,,
                BINH_GIANG,1.2,1,1,,
                SO_TU_PHAP,1.3.1,,,,maybe
                SO_NOI_VU,1.2,0.5,0.5,,
                """;
        ScoreFile.Checked checked = check(csv, Map.of());

        assertThat(checked.results()).extracting(RowResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED);
        assertThat(error(checked, 3)).extracting(FieldError::field, FieldError::value).containsExactly("unit",
                "SO_KHONG_CO");
        assertThat(error(checked, 4).field()).isEqualTo("item");
        assertThat(error(checked, 4).message()).contains("9.9.9", "HD-3396-SO");
        assertThat(error(checked, 5)).extracting(FieldError::field, FieldError::value).containsExactly("self_score",
                "abc");
        assertThat(error(checked, 6).field()).isEqualTo("appraised_figure");
        assertThat(error(checked, 6).message()).contains("“NEVER”", "“Ban hành đúng thời hạn” (0,5 điểm)",
                "“Ban hành chậm so với thời hạn” (0,25 điểm)").doesNotContain("LEVELS", "ON_TIME", "LATE");
        assertThat(error(checked, 7).field()).isEqualTo("appraised_score");
        assertThat(error(checked, 7).message()).contains("lớn hơn điểm tối đa");
        assertThat(error(checked, 8).message()).contains("cấp DISTRICT", "không được chấm điểm");
        assertThat(error(checked, 9).field()).isEqualTo("not_applicable");
        assertThat(error(checked, 10).message()).contains("dòng 2");
        assertThat(checked.accepted()).hasSize(1);
    }

    @Test
    void takesALevelWrittenInWordsAsItsCode() {
        String csv = """
                unit,item,self_figure,appraised_figure
                SO_NOI_VU,1.3.1,ban hành đúng thời hạn,Ban hành chậm so với thời hạn
                """;
        ScoreFile.Checked checked = check(csv, Map.of());

        assertThat(checked.accepted()).singleElement().satisfies(a -> {
            assertThat(a.selfFigure()).isEqualTo("ON_TIME");
            assertThat(a.appraisedFigure()).isEqualTo("LATE");
        });
    }

    @Test
    void refusesPointsOnASurveyLeaf() {
        String survey = SO.surveyLeaves().get(0).code();
        ScoreFile.Checked checked = check("unit,item,appraised_score\nSO_NOI_VU," + survey + ",1\n", Map.of());

        assertThat(error(checked, 2).field()).isEqualTo("item");
        assertThat(error(checked, 2).message()).contains("điều tra xã hội học");
    }

    @Test
    void aRowEqualToTheStoredOneIsUnchangedEvenWrittenWithOtherTrailingZeros() {
        Map<String, Assessment> existing = new HashMap<>();
        existing.put("SO_NOI_VU/1.2", Assessment.scored("SO_NOI_VU", "1.2", "0.50", "0.5"));
        existing.put("SO_TU_PHAP/1.2", Assessment.scored("SO_TU_PHAP", "1.2", "1", "1"));

        ScoreFile.Checked checked = check("unit,item,self_score,appraised_score\nSO_NOI_VU,1.2,0.5,0.500\n"
                + "SO_TU_PHAP,1.2,1,0.75\nSO_Y_TE,1.2,1,1\n", existing);

        assertThat(checked.results()).extracting(RowResult::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UPDATED, Outcome.CREATED);
        assertThat(checked.accepted().get(1).appraisedScore()).isEqualByComparingTo(new BigDecimal("0.75"));
    }

    @Test
    void readsVietnameseHeadersAndADecimalComma() {
        String csv = "Mã đơn vị;Tiêu chí;Điểm tự đánh giá;Điểm thẩm định;Tài liệu kiểm chứng\n"
                + "SO_NOI_VU;1.2;\"0,5\";0,25;Báo cáo số 140/BC-SNV\n";
        ScoreFile.Checked checked = check(csv, Map.of());

        assertThat(checked.results()).extracting(RowResult::outcome).containsExactly(Outcome.CREATED);
        Assessment a = checked.accepted().get(0);
        assertThat(a.selfScore()).isEqualByComparingTo("0.5");
        assertThat(a.appraisedScore()).isEqualByComparingTo("0.25");
        assertThat(a.evidence()).isEqualTo("Báo cáo số 140/BC-SNV");
    }

    @Test
    void theServiceAndTheScoringCliReadTheSameRowsTheSameWay() {
        String good = "unit,item,self_score,appraised_score,not_applicable\n"
                + "SO_NOI_VU,1.2,\"0,5\",\"0,25\",\n"
                + "SO_NOI_VU,1.1.1,,,có\n";
        ScoreFile.Checked checked = check(good, Map.of());
        List<Assessment> cli = ScoresCsvReader.read("scores.csv", new java.io.StringReader(good), SO).assessments();
        assertThat(checked.accepted()).hasSize(2);
        assertThat(checked.accepted()).usingRecursiveComparison().isEqualTo(cli);

        String bomb = "unit,item,self_score\nSO_NOI_VU,1.2,1E+999999999\n";
        ScoreFile.Checked refused = check(bomb, Map.of());
        assertThat(error(refused, 2)).extracting(FieldError::field, FieldError::value)
                .containsExactly("self_score", "1E+999999999");
        assertThat(error(refused, 2).message()).contains("quá nhiều chữ số");
        assertThatThrownBy(() -> ScoresCsvReader.read("scores.csv", new java.io.StringReader(bomb), SO))
                .hasMessageContaining("scores.csv");
    }

    @Test
    void readsAnXlsxWorkbookWithTheSameColumns() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Điểm");
        String[] header = {"Mã đơn vị", "Tên đơn vị", "Tiêu chí", "Điểm tự đánh giá", "Điểm thẩm định",
            "Tài liệu kiểm chứng"};
        for (int c = 0; c < header.length; c++) {
            ws.value(0, c, header[c]);
        }
        ws.value(1, 0, "SO_Y_TE");
        ws.value(1, 1, "Sở Y tế");
        ws.value(1, 2, "1.2");
        ws.value(1, 3, 1);
        ws.value(1, 4, 0.5);
        ws.value(1, 5, "Báo cáo 12/BC-SYT");
        ws.value(2, 0, "SO_Y_TE");
        ws.value(2, 2, "1.2");
        ws.value(2, 4, 2);
        wb.finish();

        ScoreFile.Checked checked = ScoreFile.check(ScoreFile.READER.read(out.toByteArray()), context(Map.of()));

        assertThat(checked.results()).extracting(RowResult::outcome).containsExactly(Outcome.CREATED,
                Outcome.REJECTED);
        assertThat(checked.accepted().get(0).appraisedScore()).isEqualByComparingTo("0.5");
        assertThat(checked.accepted().get(0).evidence()).isEqualTo("Báo cáo 12/BC-SYT");
        assertThat(error(checked, 3).field()).isEqualTo("appraised_score");
    }

    private static FieldError error(ScoreFile.Checked checked, int row) {
        return checked.results().stream().filter(r -> r.row() == row).findFirst().orElseThrow().errors().get(0);
    }
}
