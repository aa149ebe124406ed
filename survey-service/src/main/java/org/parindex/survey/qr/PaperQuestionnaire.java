package org.parindex.survey.qr;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The printable blank questionnaire of a respondent group (A4, Vietnamese), to hand out at meetings: a head with the
 * campaign, the group and instructions (how to mark, the return deadline, whom to contact), then per form and
 * question the key of the options and a grid of one row per rated unit with a box per option. Forms whose units
 * depend on the respondent (their own district, their counterpart) print one row to write the unit in. Text is set
 * in DejaVu Sans, embedded, as on the QR card sheet; pages are numbered.
 */
public final class PaperQuestionnaire {

    private static final float MM = 72f / 25.4f;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color SHADE = new Color(0xe8, 0xec, 0xf1);

    private PaperQuestionnaire() {
    }

    /** What to print: the campaign, the group, the deadline and contact as printed, and the forms. */
    public record Sheet(String campaign, String group, String deadline, String contact, List<Form> forms) {

        public Sheet {
            Objects.requireNonNull(campaign, "campaign == null");
            Objects.requireNonNull(group, "group == null");
            Objects.requireNonNull(deadline, "deadline == null");
            Objects.requireNonNull(contact, "contact == null");
            forms = List.copyOf(forms);
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("a paper questionnaire needs at least one form");
            }
        }
    }

    /** A form: its title, the rated level, the units (empty: the respondent writes theirs), the questions. */
    public record Form(String title, String levelName, List<String> units, List<Question> questions) {

        public Form {
            units = List.copyOf(units);
            questions = List.copyOf(questions);
        }
    }

    /** A question: its number as printed, text, section title if it opens one, options. */
    public record Question(String number, String text, String section, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    /** An option: letter and meaning; {@code dontKnow} for the unscored "không biết". */
    public record Option(String code, String label, boolean dontKnow) {
    }

    /** The PDF of {@code sheet}. */
    public static byte[] pdf(Sheet sheet) {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font body = new Font(regular, 9.5f, Font.NORMAL, INK);
        Font small = new Font(regular, 8f, Font.NORMAL, INK);
        Font strong = new Font(bold, 9.5f, Font.NORMAL, INK);
        Font heading = new Font(bold, 12f, Font.NORMAL, INK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 15 * MM, 15 * MM, 14 * MM, 16 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers(new Font(regular, 8f, Font.NORMAL, INK), sheet.group()));
        doc.addTitle("Phiếu khảo sát (bản giấy) — " + sheet.group());
        doc.addCreator("ParIndex");
        doc.open();
        doc.add(centered(sheet.campaign(), new Font(regular, 9f, Font.NORMAL, INK), 0));
        doc.add(centered("PHIẾU KHẢO SÁT XÃ HỘI HỌC (BẢN GIẤY)", new Font(bold, 14f, Font.NORMAL, INK), 4));
        doc.add(centered("Dành cho: " + sheet.group(), strong, 2));
        doc.add(instructions(sheet, body, strong));
        int formNo = 0;
        for (Form form : sheet.forms()) {
            formNo++;
            Paragraph title = new Paragraph((sheet.forms().size() > 1 ? "Phiếu " + formNo + "/" + sheet.forms().size()
                    + ": " : "") + form.title(), heading);
            title.setSpacingBefore(formNo == 1 ? 8 : 0);
            if (formNo > 1) {
                doc.newPage();
            }
            doc.add(title);
            doc.add(paragraph("Đơn vị được đánh giá: " + form.levelName() + (form.units().isEmpty()
                    ? " — xin ghi tên đơn vị Ông/Bà đánh giá vào cột \"Đơn vị\"."
                    : " (" + form.units().size() + " đơn vị)."), body, 2));
            for (Question q : form.questions()) {
                if (q.section() != null) {
                    Paragraph s = new Paragraph(q.section(), strong);
                    s.setSpacingBefore(8);
                    doc.add(s);
                }
                doc.add(grid(form, q, body, small, strong));
            }
        }
        doc.add(paragraph("Xin trân trọng cảm ơn Ông/Bà! Xin nộp phiếu cho Tổ thư ký trước hết ngày "
                + sheet.deadline() + ".", strong, 10));
        doc.close();
        return out.toByteArray();
    }

    private static Paragraph instructions(Sheet sheet, Font body, Font strong) {
        boolean dontKnow = sheet.forms().stream().flatMap(f -> f.questions().stream())
                .flatMap(q -> q.options().stream()).anyMatch(Option::dontKnow);
        Paragraph p = new Paragraph(13, "", body);
        p.setSpacingBefore(8);
        p.add(new Phrase("Hướng dẫn trả lời\n", strong));
        p.add(new Phrase("1. Với mỗi câu hỏi, xin đánh dấu X vào MỘT ô cho từng đơn vị được đánh giá (mỗi dòng một "
                + "đơn vị); các chữ A, B, C… có nghĩa ghi ngay dưới câu hỏi.\n", body));
        p.add(new Phrase("2. " + (dontKnow ? "Nếu không có thông tin để đánh giá một đơn vị, xin chọn phương án "
                + "\"Không đánh giá được / không biết\". " : "") + "Xin trả lời đủ mọi dòng; muốn sửa, gạch ô cũ "
                + "và đánh dấu ô mới.\n", body));
        p.add(new Phrase("3. Phiếu không ghi tên người trả lời. Câu trả lời được nhập vào hệ thống và lưu ẩn danh, "
                + "chỉ dùng để xác định Chỉ số cải cách hành chính.\n", body));
        p.add(new Phrase("4. Hạn nộp phiếu: trước hết ngày " + sheet.deadline() + ", nộp cho Tổ thư ký.\n", strong));
        p.add(new Phrase("5. Liên hệ khi cần hỗ trợ: " + sheet.contact() + ".", body));
        p.setLeading(13);
        return p;
    }

    /** The question, its key, and a row per unit with a box per option. */
    private static PdfPTable grid(Form form, Question q, Font body, Font small, Font strong) {
        int n = q.options().size();
        float[] widths = new float[n + 1];
        widths[0] = 8;
        for (int i = 1; i <= n; i++) {
            widths[i] = 1.1f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(2);
        table.setKeepTogether(form.units().size() <= 20);
        PdfPCell text = cell(new Phrase(q.number() + ". " + q.text(), strong), n + 1, Rectangle.NO_BORDER);
        Phrase key = new Phrase(0, "", small); // every element in DejaVu: an empty one would bring in Helvetica
        for (Option o : q.options()) {
            key.add(new Phrase(o.code() + " = " + o.label() + "    ", small));
        }
        Paragraph keyLine = new Paragraph(0, "", small);
        keyLine.add(key);
        text.addElement(keyLine);
        table.addCell(text);
        PdfPCell unitHead = cell(new Phrase("Đơn vị", strong), 1, Rectangle.BOX);
        unitHead.setBackgroundColor(SHADE);
        table.addCell(unitHead);
        for (Option o : q.options()) {
            PdfPCell c = cell(new Phrase(o.code(), strong), 1, Rectangle.BOX);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setBackgroundColor(SHADE);
            table.addCell(c);
        }
        List<String> units = form.units().isEmpty() ? List.of("") : form.units();
        for (String unit : units) {
            PdfPCell name = cell(new Phrase(unit, body), 1, Rectangle.BOX);
            name.setMinimumHeight(unit.isEmpty() ? 22 : 15);
            table.addCell(name);
            for (int i = 0; i < n; i++) {
                table.addCell(cell(new Phrase("", body), 1, Rectangle.BOX));
            }
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase, int colspan, int border) {
        PdfPCell c = new PdfPCell();
        c.setColspan(colspan);
        c.setBorder(border);
        c.setBorderColor(Color.GRAY);
        c.setPadding(3);
        c.setPaddingBottom(4);
        Paragraph p = new Paragraph(phrase.getFont().getSize() * 1.25f, "", phrase.getFont());
        p.add(phrase);
        c.addElement(p);
        return c;
    }

    private static Paragraph centered(String text, Font font, float before) {
        Paragraph p = paragraph(text, font, before);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph paragraph(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setLeading(font.getSize() * 1.3f);
        return p;
    }

    /** "Trang 3 — <group>" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;
        private final String group;

        PageNumbers(Font font, String group) {
            this.font = font;
            this.group = group;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Trang " + writer.getPageNumber() + " — phiếu giấy, " + group, font),
                    (document.left() + document.right()) / 2, document.bottom() - 18, 0);
        }
    }
}
