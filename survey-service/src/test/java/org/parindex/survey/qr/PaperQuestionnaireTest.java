package org.parindex.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaperQuestionnaireTest {

    private static final List<PaperQuestionnaire.Option> OPTIONS = List.of(
            new PaperQuestionnaire.Option("A", "Rất hiệu quả", false),
            new PaperQuestionnaire.Option("B", "Hiệu quả", false),
            new PaperQuestionnaire.Option("C", "Ít hiệu quả", false),
            new PaperQuestionnaire.Option("D", "Không hiệu quả", false),
            new PaperQuestionnaire.Option("E", "Không đánh giá được / không biết", true));

    @Test
    void printsInstructionsDeadlineContactEveryQuestionAndUnitInVietnameseWithAnEmbeddedFont() throws IOException {
        List<String> units = IntStream.rangeClosed(1, 18).mapToObj(i -> "Sở Thử nghiệm số " + i).toList();
        List<PaperQuestionnaire.Question> questions = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            questions.add(new PaperQuestionnaire.Question("Câu " + i, "Ông/Bà đánh giá thế nào về việc số " + i
                    + "?", i == 1 ? "I. Công tác chỉ đạo, điều hành" : null, OPTIONS));
        }
        byte[] pdf = PaperQuestionnaire.pdf(new PaperQuestionnaire.Sheet("Chỉ số CCHC năm 2023", "Đại biểu HĐND tỉnh",
                "31/12/2023", "Tổ thư ký — Sở Nội vụ, điện thoại 0220 0000 000, e-mail tothuky@example.invalid",
                List.of(new PaperQuestionnaire.Form("Phiếu số 01", "Cấp sở", units, questions),
                        new PaperQuestionnaire.Form("Phiếu số 06", "Cấp huyện", List.of(), questions.subList(0, 2)))));

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(5);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(extractor.getTextFromPage(p)).append('\n');
            }
            String text = Normalizer.normalize(all.toString(), Normalizer.Form.NFC);
            assertThat(text).contains("PHIẾU KHẢO SÁT XÃ HỘI HỌC (BẢN GIẤY)", "Hướng dẫn trả lời",
                    "Hạn nộp phiếu: trước hết ngày 31/12/2023", "0220 0000 000", "tothuky@example.invalid",
                    "Dành cho: Đại biểu HĐND tỉnh", "Không đánh giá được / không biết", "Phiếu 2/2: Phiếu số 06",
                    "xin ghi tên đơn vị", "Trang 1");
            for (int i = 1; i <= 20; i++) {
                assertThat(text).contains("Câu " + i + ". Ông/Bà đánh giá thế nào về việc số " + i + "?");
            }
            units.forEach(u -> assertThat(text).contains(u));
            // every font is embedded (DejaVu): Vietnamese prints on any printer
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary fonts = reader.getPageN(p).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName name : fonts.getKeys()) {
                    PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(name));
                    assertThat(font.get(PdfName.BASEFONT).toString()).as("font on page " + p).contains("DejaVuSans");
                    PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
                    PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                    PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(
                            descendant.get(PdfName.FONTDESCRIPTOR));
                    assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("DejaVuSans");
                    assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded font file").isNotNull();
                }
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void refusesASheetWithoutForms() {
        assertThatThrownBy(() -> new PaperQuestionnaire.Sheet("c", "g", "31/12/2023", "t", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a paper questionnaire needs at least one form");
    }
}
