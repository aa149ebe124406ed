package org.parindex.survey.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.TooLargeException;

/**
 * Zip bombs and oversized spreadsheets are refused with a 413 naming the limit, before the workbook is parsed: the
 * archives are built here with java.util.zip, small on disk and huge once expanded.
 */
class SpreadsheetLimitsTest {

    private final TableReader reader = new TableReader(Map.of("full_name", List.of(), "group", List.of()));

    @Test
    void refusesASheetThatExpandsBeyondThePartLimit() throws IOException {
        // 48 MB of one inline string in one row, a few hundred KB compressed
        byte[] bomb = workbook(out -> {
            write(out, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 48; i++) {
                out.write(chunk);
            }
            write(out, "</t></is></c></row></sheetData></worksheet>");
        }, null);
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOfSatisfying(TooLargeException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e.getMessage()).contains("xl/worksheets/sheet1.xml").contains("32 MB");
            assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("file"));
        });
    }

    @Test
    void refusesAWideRowOfTooManyCells() throws IOException {
        byte[] wide = workbook(out -> {
            write(out, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\">");
            byte[] cell = "<c t=\"n\"><v>1</v></c>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400_000; i++) {
                out.write(cell);
            }
            write(out, "</row></sheetData></worksheet>");
        }, null);
        assertThatThrownBy(() -> reader.read(wide)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("300000 ô");
    }

    @Test
    void refusesHugeSharedStrings() throws IOException {
        byte[] bomb = workbook(out -> write(out, sheet("<c r=\"A1\" t=\"s\"><v>0</v></c>")), out -> {
            write(out, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            byte[] si = ("<si><t>" + "Nguyễn Văn An ".repeat(40) + "</t></si>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40_000; i++) {
                out.write(si);
            }
            write(out, "</sst>");
        });
        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("sharedStrings").hasMessageContaining("16 MB");
    }

    @Test
    void refusesTooManySharedStringsEvenWhenSmall() throws IOException {
        TableReader strict = new TableReader(Map.of("full_name", List.of()),
                new SpreadsheetLimits(1 << 20, 4 << 20, 50, 1 << 20, 1000, 10_000, 100));
        byte[] many = workbook(out -> write(out, sheet("<c r=\"A1\" t=\"s\"><v>0</v></c>")), out -> {
            write(out, "<sst>");
            for (int i = 0; i < 1001; i++) {
                write(out, "<si/>");
            }
            write(out, "</sst>");
        });
        assertThatThrownBy(() -> strict.read(many)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("1000 chuỗi");
    }

    @Test
    void aSmallWorkbookWithinTheLimitsIsRead() throws IOException {
        byte[] ok = workbook(out -> write(out, sheet("<c r=\"A1\" t=\"inlineStr\"><is><t>full_name</t></is></c>"
                + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lê Thị Hoa</t></is></c>")), null);
        Table t = reader.read(ok);
        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.get("full_name")).isEqualTo("Lê Thị Hoa"));
    }

    @Test
    void refusesALongCellInCsv() {
        String csv = "full_name,group\n" + "A".repeat(4_001) + ",X\n";
        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("Dòng 2").hasMessageContaining("4000");
    }

    @Test
    void refusesTooManyCellsInCsv() {
        TableReader strict = new TableReader(Map.of("full_name", List.of()),
                new SpreadsheetLimits(1 << 20, 4 << 20, 50, 1 << 20, 1000, 100, 100));
        String csv = "full_name,a,b,c,d,e,f,g,h,i\n" + "1,2,3,4,5,6,7,8,9,10\n".repeat(10);
        assertThatThrownBy(() -> strict.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("100 ô");
    }

    private static String sheet(String firstRowCells) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + firstRowCells + "</row></sheetData></worksheet>";
    }

    interface Part {
        void write(OutputStream out) throws IOException;
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A minimal XLSX: content types, workbook and its relations, one sheet, optionally shared strings. */
    static byte[] workbook(Part sheet, Part sharedStrings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", out -> write(out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>"));
            entry(zip, "_rels/.rels", out -> write(out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>"));
            entry(zip, "xl/workbook.xml", out -> write(out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            entry(zip, "xl/_rels/workbook.xml.rels", out -> write(out,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>"));
            entry(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        part.write(zip);
        zip.closeEntry();
    }
}
