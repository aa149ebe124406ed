package org.parindex.survey.results.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.Campaign;
import org.parindex.scoring.CampaignResult;
import org.parindex.scoring.Framework;
import org.parindex.scoring.format.AnswersCsvReader;
import org.parindex.scoring.format.FrameworkReader;
import org.parindex.scoring.format.ResultWriter;
import org.parindex.scoring.format.ScoreSheet;
import org.parindex.scoring.format.ScoresCsvReader;
import org.parindex.survey.results.application.ResultSheet.AreaHead;
import org.parindex.survey.results.application.ResultSheet.LevelSheet;
import org.parindex.survey.results.domain.Publication.Counts;
import org.parindex.survey.results.domain.ResultRow;

class ResultExportsTest {

    static final Path EXAMPLES = Path.of("../questionnaires/examples");

    /** The example departments scored by scoring-lib, as version 2 of a publication. */
    static ResultSheet sheet() {
        Framework so = FrameworkReader.read(Path.of("../questionnaires/frameworks/haiduong-3396-so.json"));
        ScoreSheet scores = ScoresCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-scores.csv"), so);
        CampaignResult result = Campaign.builder(so).units(scores.units()).assessments(scores.assessments())
                .tally(AnswersCsvReader.read(EXAMPLES.resolve("haiduong-2023-so-answers.csv"), so)).build().score();
        LevelSheet level = new LevelSheet("DEPARTMENT", "Cấp sở", so.code(), so.name(), so.version().orElse(null),
                so.areas().stream().map(a -> new AreaHead(a.code(), a.name())).toList(),
                ResultRow.fromCsv(ResultWriter.csv(result)), List.of("13 đơn vị cấp sở chưa có điểm"), 1203);
        return new ResultSheet(1, "Chỉ số CCHC năm 2023 — tỉnh Hải Dương", "Hải Dương", 2023, 2,
                LocalDateTime.of(2024, 2, 20, 9, 30), "thuky", "Theo biên bản họp Hội đồng", new Counts(510, 480, 90000),
                List.of(level));
    }

    @Test
    void theWorkbookHasAnInformationSheetAndOneSheetPerLevelInVietnamese() throws IOException {
        byte[] xlsx = ResultExports.xlsx(sheet());

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Thông tin", "Cấp sở");
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                assertThat(rows.map(r -> r.getCellText(1)).toList())
                        .contains("Phiên bản 2, công bố lúc 09:30 ngày 20/02/2024 bởi thuky", "Hải Dương");
            }
            try (Stream<Row> rows = sheets.get(1).openStream()) {
                List<Row> list = rows.toList();
                assertThat(list.get(0).getCellText(3)).isEqualTo("Chỉ số");
                assertThat(list.get(1).getCellText(2)).isEqualTo("Sở Nội vụ");
                assertThat(list.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("93.49");
                assertThat(list).hasSize(6);
            }
        }
    }

    @Test
    void thePdfEmbedsAUnicodeFontForVietnamese() {
        byte[] pdf = ResultExports.pdf(sheet());

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").contains("DejaVuSans").contains("/FontFile2");
        assertThat(pdf.length).isGreaterThan(10_000);
    }

    @Test
    void sheetNamesFitExcelsRules() {
        List<String> used = new java.util.ArrayList<>();
        assertThat(ResultExports.sheetName("Cấp huyện/thị xã: [mẫu]", used)).isEqualTo("Cấp huyện thị xã   mẫu");
        assertThat(ResultExports.sheetName("Cấp xã của một tỉnh có tên rất dài ở phía Bắc", used)).hasSize(28);
        assertThat(ResultExports.sheetName("Cấp huyện/thị xã: [mẫu]", used)).isEqualTo("Cấp huyện thị xã   mẫu 2");
    }
}
