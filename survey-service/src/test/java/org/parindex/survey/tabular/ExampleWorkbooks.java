package org.parindex.survey.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the XLSX twin of a CSV file, every cell as text (so a phone number keeps its leading zero, as a
 * secretariat's sheet with a Text column does). Used by the tests, and to make the example workbooks in
 * {@code survey-service/examples} (the CSV originals are in {@code questionnaires/examples}, which
 * holds text files only):
 * <pre>
 * cd survey-service   # after mvn package
 * java -cp "target/test-classes:target/survey-service/WEB-INF/lib/*:$HOME/.m2/repository/org/dhatim/fastexcel/0.19.0/fastexcel-0.19.0.jar:$HOME/.m2/repository/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar" \
 *     org.parindex.survey.tabular.ExampleWorkbooks \
 *     ../questionnaires/examples/respondents-good.csv examples/respondents-good.xlsx
 * </pre>
 */
public final class ExampleWorkbooks {

    private ExampleWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            write(Path.of(args[0]), out);
        }
    }

    /** Writes {@code csv} (UTF-8, with or without BOM) as one sheet named "Danh sách". */
    public static void write(Path csv, OutputStream out) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (Reader in = new java.io.StringReader(text); CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            records = p.getRecords();
        }
        Workbook wb = new Workbook(out, "ParIndex", "1.0");
        Worksheet ws = wb.newWorksheet("Danh sách");
        for (int r = 0; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            for (int c = 0; c < rec.size(); c++) {
                if (!rec.get(c).isEmpty()) {
                    ws.value(r, c, rec.get(c));
                }
            }
        }
        wb.finish();
    }
}
