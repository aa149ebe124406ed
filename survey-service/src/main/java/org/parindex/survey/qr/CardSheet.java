package org.parindex.survey.qr;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A printable A4 sheet of QR cards, eight to a page (2 × 4, about 95 × 69 mm, with dashed cutting lines), for
 * meetings where respondents scan their link from paper. Each card has the respondent's name and group, the QR code
 * of their link drawn as vectors, the short code, two lines of instructions in Vietnamese and the deadline. Text is
 * set in DejaVu Sans, embedded (subset) in the PDF, so Vietnamese diacritics print on any printer.
 */
public final class CardSheet {

    /** Cards per page. */
    public static final int PER_PAGE = 8;

    private static final float MM = 72f / 25.4f;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 10 * MM;
    private static final float QR_SIZE = 42 * MM;
    private static final float MIN_SCALE = 0.6f;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color CUT = new Color(0x99, 0x99, 0x99);

    private CardSheet() {
    }

    /**
     * One card.
     *
     * @param name     the respondent's full name
     * @param group    the name of their group
     * @param link     their link, encoded in the QR code
     * @param code     their short code as printed, e.g. {@code 7KQ4M-Z2P9X}
     * @param typeable the address to type with the code, e.g. {@code cchc.example.vn/q/7KQ4M-Z2P9X}
     */
    public record Card(String name, String group, URI link, String code, String typeable) {

        public Card {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(group, "group == null");
            Objects.requireNonNull(link, "link == null");
            Objects.requireNonNull(code, "code == null");
            Objects.requireNonNull(typeable, "typeable == null");
        }
    }

    /**
     * The PDF of {@code cards}.
     *
     * @param title    the sheet's title (PDF metadata and a line on each card), e.g. the campaign's name
     * @param deadline the last day to answer, as printed, e.g. {@code 31/12/2023}
     */
    public static byte[] pdf(String title, String deadline, List<Card> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a card sheet needs at least one card");
        }
        BaseFont regular = font("DejaVuSans.ttf");
        BaseFont bold = font("DejaVuSans-Bold.ttf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Thẻ mã QR — " + title);
        doc.addCreator("ParIndex");
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        float width = (PageSize.A4.getWidth() - 2 * MARGIN) / COLUMNS;
        float height = (PageSize.A4.getHeight() - 2 * MARGIN) / ROWS;
        for (int i = 0; i < cards.size(); i++) {
            if (i > 0 && i % PER_PAGE == 0) {
                doc.newPage();
            }
            int slot = i % PER_PAGE;
            float left = MARGIN + (slot % COLUMNS) * width;
            float top = PageSize.A4.getHeight() - MARGIN - (slot / COLUMNS) * height;
            draw(cb, cards.get(i), title, deadline, left, top, width, height, regular, bold);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void draw(PdfContentByte cb, Card card, String title, String deadline, float left, float top,
                             float width, float height, BaseFont regular, BaseFont bold) {
        cb.saveState();
        cb.setColorStroke(CUT);
        cb.setLineWidth(0.5f);
        cb.setLineDash(3f, 3f, 0f);
        cb.rectangle(left, top - height, width, height);
        cb.stroke();
        cb.restoreState();

        float pad = 4 * MM;
        qr(cb, QrCodes.matrix(card.link()), left + pad, top - pad - QR_SIZE, QR_SIZE);

        float textLeft = left + pad + QR_SIZE + 3 * MM;
        float textRight = left + width - pad;
        float[] box = {textLeft, top - pad - QR_SIZE, textRight, top - pad};
        float codeSize = sizeToFit(card.code(), bold, 14, box[2] - box[0]);
        if (!fit(cb, box, scale -> right(title, card.name(), card.group(), card.code(), codeSize, deadline, scale,
                regular, bold))) {
            // A name or group too long even in small type: shortened, so that the code stays on the card.
            Function<Float, List<Paragraph>> shortened = scale -> right(shorten(title, 60), shorten(card.name(), 40),
                    shorten(card.group(), 40), card.code(), codeSize, deadline, scale, regular, bold);
            if (!fit(cb, box, shortened)) {
                go(column(cb, box, shortened.apply(MIN_SCALE)), false);
            }
        }

        float[] under = {left + pad, top - height + pad, textRight, top - pad - QR_SIZE - 1.5f * MM};
        float addressSize = sizeToFit(card.typeable(), bold, 9, under[2] - under[0] - 9);
        Function<Float, List<Paragraph>> instructions = scale -> {
            Font small = new Font(regular, 8 * scale, Font.NORMAL, INK);
            Paragraph address = paragraph(card.typeable(), new Font(bold, Math.min(addressSize, 9 * scale),
                    Font.NORMAL, INK), 0);
            address.setIndentationLeft(9);
            return List.of(paragraph("1. Mở camera điện thoại và quét mã QR để vào phiếu khảo sát.", small, 0),
                    paragraph("2. Hoặc gõ vào trình duyệt:", small, scale), address);
        };
        if (!fit(cb, under, instructions)) {
            go(column(cb, under, instructions.apply(MIN_SCALE)), false);
        }
    }

    private static List<Paragraph> right(String title, String name, String group, String code, float codeSize,
                                         String deadline, float scale, BaseFont regular, BaseFont bold) {
        return List.of(
                paragraph(title, new Font(regular, 6.5f * scale, Font.NORMAL, CUT), 0),
                paragraph(name, new Font(bold, 11 * scale, Font.NORMAL, INK), 3 * scale),
                paragraph(group, new Font(regular, 8 * scale, Font.NORMAL, INK), 2 * scale),
                paragraph("Mã phiếu:", new Font(regular, 8 * scale, Font.NORMAL, INK), 5 * scale),
                paragraph(code, new Font(bold, Math.min(codeSize, 14 * scale), Font.NORMAL, INK), 0),
                paragraph("Hạn trả lời: " + deadline, new Font(regular, 8 * scale, Font.NORMAL, INK), 2 * scale));
    }

    /**
     * The size, at most {@code size}, at which {@code text} takes one line of {@code width} points: the code and the
     * address must never break at their hyphen.
     */
    private static float sizeToFit(String text, BaseFont font, float size, float width) {
        float needed = font.getWidthPoint(text, size) * 1.02f;
        return needed <= width ? size : Math.max(5f, size * width / needed);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    /**
     * Sets {@code content} in the rectangle {@code box} (llx, lly, urx, ury) at the largest scale, from 100 % down
     * to {@value #MIN_SCALE}, at which all of it fits, so that a long name or group never pushes the code off the
     * card; false (nothing drawn) when it fits at none.
     */
    private static boolean fit(PdfContentByte cb, float[] box,
                               Function<Float, List<Paragraph>> content) {
        for (int percent = 100; percent >= Math.round(MIN_SCALE * 100); percent -= 5) {
            float scale = percent / 100f;
            if (!ColumnText.hasMoreText(go(column(cb, box, content.apply(scale)), true))) {
                go(column(cb, box, content.apply(scale)), false);
                return true;
            }
        }
        return false;
    }

    private static ColumnText column(PdfContentByte cb, float[] box, List<Paragraph> paragraphs) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(box[0], box[1], box[2], box[3]);
        paragraphs.forEach(column::addElement);
        return column;
    }

    private static void qr(PdfContentByte cb, boolean[][] dark, float x, float y, float size) {
        float module = size / (dark.length + 2 * QrCodes.QUIET_ZONE);
        float origin = module * QrCodes.QUIET_ZONE;
        cb.saveState();
        cb.setColorFill(Color.BLACK);
        for (int row = 0; row < dark.length; row++) {
            for (int col = 0; col < dark.length; col++) {
                if (dark[row][col]) {
                    cb.rectangle(x + origin + col * module, y + size - origin - (row + 1) * module, module, module);
                }
            }
        }
        cb.fill();
        cb.restoreState();
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.25f);
        p.setSpacingBefore(spacingBefore);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot lay out a QR card", e);
        }
    }

    /**
     * One of the embedded DejaVu fonts ({@code DejaVuSans.ttf}, {@code DejaVuSans-Bold.ttf}), which have every
     * Vietnamese letter; for any PDF of the service (the card sheet, the self-assessment report).
     */
    public static BaseFont font(String file) {
        try (InputStream in = CardSheet.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
