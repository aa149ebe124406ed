package org.parindex.survey.qr;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** DejaVu Sans, embedded (subset) in every PDF the service prints, so that Vietnamese prints on any printer. */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return font("DejaVuSans.ttf");
    }

    public static BaseFont bold() {
        return font("DejaVuSans-Bold.ttf");
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
