package org.parindex.survey.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.survey.problem.MalformedRequestException;

class TableReaderTest {

    private final TableReader reader = new TableReader(Map.of(
            "full_name", List.of("họ và tên"),
            "email", List.of("e-mail"),
            "group", List.of("nhóm")));

    @Test
    void readsCsvWithByteOrderMarkAndCrlf() {
        Table t = reader.read(bytes("\uFEFFfull_name,email,group\r\nNguyễn Văn An,an@example.invalid,HDND_TINH\r\n"));
        assertThat(t.format()).isEqualTo("CSV");
        assertThat(t.columns()).containsExactly("full_name", "email", "group");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.get("full_name")).isEqualTo("Nguyễn Văn An");
        });
    }

    @Test
    void normalisesDecomposedVietnameseToNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hồng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hồng");
        Table t = reader.read(bytes("full_name\n" + decomposed + "\n"));
        assertThat(t.rows().get(0).get("full_name")).isEqualTo("Nguyễn Thị Hồng")
                .isEqualTo(Normalizer.normalize("Nguyễn Thị Hồng", Normalizer.Form.NFC));
    }

    @Test
    void matchesVietnameseHeadersAndSemicolons() {
        Table t = reader.read(bytes("Họ và tên;E-mail;Nhóm;Ghi chú\n\"Lê, Thị\";le@example.invalid;X;bỏ qua\n"));
        assertThat(t.columns()).containsExactly("full_name", "email", "group");
        assertThat(t.rows().get(0).get("full_name")).isEqualTo("Lê, Thị");
    }

    @Test
    void skipsBlankRowsButKeepsSpreadsheetRowNumbers() {
        Table t = reader.read(bytes("full_name\n\nA\n ,\nB\n"));
        assertThat(t.rows()).extracting(Table.Row::number).containsExactly(3, 5);
    }

    @Test
    void rejectsTextThatIsNotUtf8() {
        byte[] latin1 = "full_name\nNguy\u00ean\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void rejectsEmptyFilesAndHeaderlessFiles() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> reader.read(bytes("\n\n"))).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("tiêu đề");
        Table tiny = reader.read(bytes("x"));
        assertThat(tiny.columns()).isEmpty();
        assertThat(tiny.rows()).isEmpty();
    }

    @Test
    void rejectsAColumnNamedTwice() {
        assertThatThrownBy(() -> reader.read(bytes("email,E-mail\na,b\n")))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("email");
    }

    @Test
    void rejectsLegacyExcelFiles() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThatThrownBy(() -> reader.read(ole2)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining(".xls");
    }

    @Test
    void readsXlsxWithNumbersAndText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        ws.value(0, 0, "Họ và tên");
        ws.value(0, 1, "nhóm");
        ws.value(1, 0, "Trần Quốc Khánh");
        ws.value(1, 1, 42);
        ws.value(3, 0, "Phạm Đức Thịnh");
        wb.finish();
        Table t = reader.read(out.toByteArray());
        assertThat(t.format()).isEqualTo("XLSX");
        assertThat(t.rows()).extracting(Table.Row::number).containsExactly(2, 4);
        assertThat(t.rows().get(0).get("group")).isEqualTo("42");
        assertThat(t.rows().get(1).get("full_name")).isEqualTo("Phạm Đức Thịnh");
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() {
        byte[] zipHeader = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> reader.read(zipHeader)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("XLSX");
    }

    @Test
    void theExampleWorkbooksHoldTheSameRowsAsTheExampleCsvFiles(@TempDir Path tmp) throws IOException {
        for (String name : List.of("respondents-good", "respondents-broken")) {
            Path csv = Path.of("../questionnaires/examples/" + name + ".csv");
            Path xlsx = Path.of("examples/" + name + ".xlsx");
            TableReader any = new TableReader(Map.of("full_name", List.of(), "position", List.of(),
                    "organisation", List.of(), "email", List.of(), "phone", List.of(), "group", List.of(),
                    "home_unit", List.of(), "office", List.of()));
            Table fromCsv = any.read(Files.readAllBytes(csv));
            Table fromXlsx = any.read(Files.readAllBytes(xlsx));
            assertThat(fromXlsx.rows()).as(name).isEqualTo(fromCsv.rows());
            assertThat(fromXlsx.columns()).as(name).isEqualTo(fromCsv.columns());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
