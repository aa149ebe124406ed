package org.parindex.survey.results.application;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.parindex.survey.results.application.ResultSheet.AreaHead;
import org.parindex.survey.results.application.ResultSheet.LevelSheet;
import org.parindex.survey.results.domain.ResultRow;

/**
 * A results table as an XLSX workbook (one sheet per level, and one describing the version) and as an A4 PDF
 * report for the council's minutes, in Vietnamese with an embedded Unicode font (DejaVu Sans, shipped with the
 * QR card sheet).
 */
public final class ResultExports {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String FONTS = "/org/parindex/survey/qr/fonts/";
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color HEAD = new Color(0xe5, 0xe7, 0xeb);

    private ResultExports() {
    }

    /** What the sheet is: "Phiên bản 3, công bố lúc … bởi …" or "Bản xem trước, chưa công bố". */
    static String status(ResultSheet s) {
        return s.published()
                ? "Phiên bản " + s.version() + ", công bố lúc " + WHEN.format(s.at()) + " bởi " + s.by()
                : "Bản xem trước (chưa công bố), tính lúc " + WHEN.format(s.at());
    }

    /** The workbook: a sheet "Thông tin" and one sheet per level with rank, unit, index, band and sub-indices. */
    public static byte[] xlsx(ResultSheet s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "ParIndex", "1.0");
            Worksheet info = wb.newWorksheet("Thông tin");
            String[][] lines = {
                {"Đợt đánh giá", s.campaignName()},
                {"Tỉnh", s.province()},
                {"Năm đánh giá", Integer.toString(s.year())},
                {"Trạng thái", status(s)},
                {"Người được điều tra", Long.toString(s.counts().respondents())},
                {"Phiếu đã nộp", Long.toString(s.counts().submissions())},
                {"Câu trả lời", Long.toString(s.counts().answers())},
            };
            int r = 0;
            for (String[] line : lines) {
                info.value(r, 0, line[0]);
                info.value(r, 1, line[1]);
                info.style(r, 0).bold().set();
                r++;
            }
            if (s.note() != null) {
                info.value(r, 0, "Ghi chú");
                info.value(r++, 1, s.note());
            }
            r++;
            for (LevelSheet l : s.levels()) {
                info.value(r, 0, l.levelName());
                info.value(r++, 1, "Bộ chỉ số " + l.frameworkCode() + " — " + l.frameworkName()
                        + (l.frameworkVersion() == null ? "" : " (" + l.frameworkVersion() + ")"));
                for (String w : l.warnings()) {
                    info.value(r++, 1, w);
                }
            }
            info.width(0, 24);
            info.width(1, 90);
            List<String> used = new ArrayList<>();
            for (LevelSheet l : s.levels()) {
                Worksheet ws = wb.newWorksheet(sheetName(l.levelName(), used));
                List<String> header = new ArrayList<>(List.of("Hạng", "Mã đơn vị", "Tên đơn vị", "Chỉ số", "Xếp loại",
                        "Điểm đạt", "Điểm tối đa", "Chỉ số theo tự chấm"));
                l.areas().forEach(a -> header.add(areaHead(a)));
                for (int c = 0; c < header.size(); c++) {
                    ws.value(0, c, header.get(c));
                    ws.style(0, c).bold().fillColor("E5E7EB").wrapText(true).set();
                }
                int row = 1;
                for (ResultRow u : l.rows()) {
                    if (u.rank() != null) {
                        ws.value(row, 0, u.rank());
                    } else {
                        ws.value(row, 0, "–");
                    }
                    ws.value(row, 1, u.unit());
                    ws.value(row, 2, u.unitName());
                    number(ws, row, 3, u.index());
                    ws.value(row, 4, u.bandName() == null ? "" : u.bandName());
                    number(ws, row, 5, u.total());
                    number(ws, row, 6, u.max());
                    number(ws, row, 7, u.selfIndex());
                    int c = 8;
                    for (AreaHead a : l.areas()) {
                        number(ws, row, c++, u.areas().get(a.code()));
                    }
                    row++;
                }
                ws.width(1, 26);
                ws.width(2, 44);
                ws.width(4, 22);
                for (int c = 8; c < header.size(); c++) {
                    ws.width(c, 18);
                }
                ws.freezePane(3, 1);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing XLSX to memory", e);
        }
        return out.toByteArray();
    }

    private static void number(Worksheet ws, int row, int column, BigDecimal value) {
        if (value != null) {
            ws.value(row, column, value);
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique. */
    static String sheetName(String name, List<String> used) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Cấp";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String candidate = base;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = base + " " + i;
        }
        used.add(candidate);
        return candidate;
    }

    /** The A4 landscape PDF report: heading, status of the version, one table per level, counts and signatures. */
    public static byte[] pdf(ResultSheet s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont bold = font("DejaVuSans-Bold.ttf");
            Font title = new Font(bold, 14, Font.NORMAL, INK);
            Font text = new Font(regular, 9, Font.NORMAL, INK);
            Font small = new Font(regular, 7.5f, Font.NORMAL, INK);
            Font head = new Font(bold, 7.5f, Font.NORMAL, INK);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Kết quả Chỉ số CCHC — " + s.campaignName());
            doc.addCreator("ParIndex");
            doc.open();
            Paragraph t = new Paragraph("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + s.year(), title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph sub = new Paragraph(s.campaignName() + " — tỉnh " + s.province(), text);
            sub.setAlignment(Element.ALIGN_CENTER);
            doc.add(sub);
            Paragraph st = new Paragraph(status(s) + ". Tính từ " + s.counts().submissions() + " phiếu điều tra đã nộp ("
                    + s.counts().answers() + " câu trả lời) của " + s.counts().respondents()
                    + " người được điều tra.", small);
            st.setAlignment(Element.ALIGN_CENTER);
            st.setSpacingAfter(8);
            doc.add(st);
            for (LevelSheet l : s.levels()) {
                Paragraph lh = new Paragraph(l.levelName().toUpperCase(java.util.Locale.ROOT) + " — bộ chỉ số "
                        + l.frameworkCode() + (l.frameworkVersion() == null ? "" : " (" + l.frameworkVersion() + ")"),
                        new Font(bold, 10, Font.NORMAL, INK));
                lh.setSpacingBefore(6);
                lh.setSpacingAfter(4);
                doc.add(lh);
                if (l.rows().isEmpty()) {
                    doc.add(new Paragraph("Chưa có đơn vị nào có điểm.", text));
                }
                else {
                    doc.add(table(l, head, small));
                }
                for (String w : l.warnings()) {
                    doc.add(new Paragraph("Lưu ý: " + w, small));
                }
            }
            Paragraph legend = new Paragraph("Chỉ số = điểm đạt / điểm tối đa áp dụng × 100, làm tròn theo bộ chỉ số; "
                    + "cột lĩnh vực: chỉ số thành phần của lĩnh vực. Dữ liệu đầu vào của phiên bản (bộ chỉ số, đơn vị, điểm, "
                    + "kết quả điều tra) được lưu nguyên trạng và có thể tải về để kiểm tra lại bằng công cụ "
                    + "parindex-scoring.", small);
            legend.setSpacingBefore(8);
            doc.add(legend);
            PdfPTable sign = new PdfPTable(2);
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(18);
            sign.addCell(plain("TỔ THƯ KÝ\n(ký, ghi rõ họ tên)", head));
            sign.addCell(plain("CHỦ TỊCH HỘI ĐỒNG ĐÁNH GIÁ\n(ký, ghi rõ họ tên)", head));
            doc.add(sign);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the results PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(LevelSheet l, Font head, Font small) {
        List<String> header = new ArrayList<>(List.of("Hạng", "Đơn vị", "Chỉ số", "Xếp loại", "Đạt / Tối đa"));
        l.areas().forEach(a -> header.add(areaHead(a)));
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        float[] widths = new float[header.size()];
        widths[0] = 3;
        widths[1] = 14;
        widths[2] = 4.5f;
        widths[3] = 8;
        widths[4] = 7;
        for (int i = 5; i < widths.length; i++) {
            widths[i] = 5.5f; // room for the area's name in the header
        }
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException("column widths", e);
        }
        table.setHeaderRows(1);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, head));
            c.setBackgroundColor(HEAD);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(c);
        }
        for (ResultRow u : l.rows()) {
            table.addCell(cell(u.rank() == null ? "–" : Integer.toString(u.rank()), small, Element.ALIGN_CENTER));
            table.addCell(cell(u.unitName(), small, Element.ALIGN_LEFT));
            table.addCell(cell(text(u.index()), small, Element.ALIGN_RIGHT));
            table.addCell(cell(u.bandName() == null ? "" : u.bandName(), small, Element.ALIGN_LEFT));
            table.addCell(cell(text(u.total().setScale(2, java.math.RoundingMode.HALF_UP)) + " / " + text(u.max()),
                    small, Element.ALIGN_RIGHT));
            for (AreaHead a : l.areas()) {
                table.addCell(cell(text(u.areas().get(a.code())), small, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(2.5f);
        return c;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(0);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }

    /** A number for the PDF, with the decimal comma people here write. */
    private static String text(BigDecimal d) {
        return d == null ? "–" : (d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString()
                : d.toPlainString()).replace('.', ',');
    }

    /** An area's column header: its number and name (people do not know the areas by code). */
    static String areaHead(AreaHead a) {
        return a.code() + ". " + a.name();
    }

    private static BaseFont font(String file) {
        try (InputStream in = ResultExports.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }
}
