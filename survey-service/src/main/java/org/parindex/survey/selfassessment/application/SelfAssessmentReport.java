package org.parindex.survey.selfassessment.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.parindex.survey.qr.PdfFonts;
import org.parindex.survey.selfassessment.application.DossierView.LeafView;

/**
 * The printable self-assessment report of a unit (A4 portrait), like the ones units file today: heading, status,
 * one row per leaf (max, self value and points, appraised value and points, evidence and explanation), totals and
 * the head of the unit's signature. Fonts: the embedded DejaVu of the card sheet.
 */
public final class SelfAssessmentReport {

    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color SHADE = new Color(0xf1, 0xf5, 0xf9);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SelfAssessmentReport() {
    }

    /** The report of {@code v}, a dossier of campaign {@code campaignName}. */
    public static byte[] pdf(String campaignName, int year, DossierView v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30, 30, 30, 30);
        try {
            BaseFont regular = PdfFonts.regular();
            BaseFont bold = PdfFonts.bold();
            Font title = new Font(bold, 12, Font.NORMAL, INK);
            Font text = new Font(regular, 9, Font.NORMAL, INK);
            Font small = new Font(regular, 7, Font.NORMAL, INK);
            Font head = new Font(bold, 7, Font.NORMAL, INK);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Báo cáo tự đánh giá Chỉ số CCHC — " + v.unitName());
            doc.addCreator("ParIndex");
            doc.open();
            Paragraph t = new Paragraph("BÁO CÁO TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year,
                    title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph unit = new Paragraph(v.unitName() + " (" + v.unit() + ") — " + campaignName, text);
            unit.setAlignment(Element.ALIGN_CENTER);
            doc.add(unit);
            Paragraph st = new Paragraph("Bộ chỉ số " + v.framework() + " — " + v.frameworkName() + ". Trạng thái: "
                    + v.statusLabel() + (v.submittedAt() == null ? "" : ", nộp ngày "
                    + DAY.format(v.submittedAt())) + ". Tự chấm " + v.totals().self() + " / " + v.totals().max()
                    + " điểm" + (v.appraisedAt() == null ? "" : "; thẩm định " + v.totals().appraised() + " điểm")
                    + ".", small);
            st.setAlignment(Element.ALIGN_CENTER);
            st.setSpacingAfter(8);
            doc.add(st);
            doc.add(table(v, head, small));
            PdfPTable sign = new PdfPTable(2);
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(18);
            sign.addCell(plain("NGƯỜI LẬP BÁO CÁO\n(ký, ghi rõ họ tên)", head));
            sign.addCell(plain("THỦ TRƯỞNG ĐƠN VỊ\n(ký, ghi rõ họ tên, đóng dấu)", head));
            doc.add(sign);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the self-assessment PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(DossierView v, Font head, Font small) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {6, 30, 6, 11, 11, 36});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : List.of("Mã", "Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định",
                "Tài liệu kiểm chứng, giải trình")) {
            PdfPCell c = new PdfPCell(new Phrase(h, head));
            c.setBackgroundColor(SHADE);
            table.addCell(c);
        }
        String area = null;
        for (LeafView l : v.leaves()) {
            if (!l.area().equals(area)) {
                area = l.area();
                PdfPCell c = new PdfPCell(new Phrase(l.area() + ". " + l.areaName(), head));
                c.setColspan(6);
                c.setBackgroundColor(SHADE);
                table.addCell(c);
            }
            table.addCell(new Phrase(l.code(), small));
            table.addCell(new Phrase(l.name(), small));
            table.addCell(new Phrase(l.max(), small));
            if ("SURVEY".equals(l.method())) {
                PdfPCell c = new PdfPCell(new Phrase("Chấm bằng kết quả điều tra xã hội học", small));
                c.setColspan(3);
                table.addCell(c);
                continue;
            }
            table.addCell(new Phrase(l.notApplicable() ? "Không áp dụng" : value(l.selfScore(), l.selfFigure(),
                    l.selfPoints()), small));
            table.addCell(new Phrase(value(l.appraisedScore(), l.appraisedFigure(), l.appraisedPoints()), small));
            List<String> notes = new ArrayList<>();
            l.evidence().forEach(f -> notes.add("• " + f.name()));
            if (l.explanation() != null) {
                notes.add(l.explanation());
            }
            if (l.naReason() != null) {
                notes.add("Lý do không áp dụng: " + l.naReason());
            }
            if (l.comment() != null) {
                notes.add("Nhận xét thẩm định: " + l.comment());
            }
            if (l.reply() != null) {
                notes.add("Giải trình: " + l.reply());
            }
            table.addCell(new Phrase(String.join("\n", notes), small));
        }
        PdfPCell total = new PdfPCell(new Phrase("Tổng (các tiêu chí đơn vị tự chấm, áp dụng)", head));
        total.setColspan(2);
        table.addCell(total);
        table.addCell(new Phrase(v.totals().max(), head));
        table.addCell(new Phrase(v.totals().self(), head));
        table.addCell(new Phrase(v.appraisedAt() == null ? "" : v.totals().appraised(), head));
        table.addCell(new Phrase("", head));
        return table;
    }

    private static String value(String score, String figure, String points) {
        if (score != null) {
            return score;
        }
        if (figure != null) {
            return figure + (points == null ? "" : " → " + points);
        }
        return "";
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(0);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }
}
