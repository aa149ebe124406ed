package org.parindex.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    private static final URI LINK = URI.create("https://cchc.example.vn/q/AbCdEfGhIjKlMnOpQrStUvWxYz012345");

    @Test
    void thePngDecodesBackToTheLink() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LINK, 300)));
        assertThat(image.getWidth()).isBetween(QrCodes.MIN_PIXELS, 300);
        assertThat(decode(image)).isEqualTo(LINK.toString());
    }

    @Test
    void theSvgIsOnePathInAViewBoxWithTheQuietZone() {
        String svg = QrCodes.svg(LINK, 40);
        int modules = QrCodes.matrix(LINK).length + 2 * QrCodes.QUIET_ZONE;
        assertThat(svg).startsWith("<?xml").contains("width=\"40mm\"")
                .contains("viewBox=\"0 0 " + modules + " " + modules + "\"").contains("<path fill=\"#000\" d=\"M");
    }

    @Test
    void theCardSheetHasOneCardPerRespondentEightAPageInVietnamese() throws IOException {
        List<CardSheet.Card> cards = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            cards.add(new CardSheet.Card("Nguyễn Thị Hương " + i, "Chủ tịch UBND cấp xã",
                    LINK, "7KQ4M-Z2P9" + (char) ('A' + i),
                    "cchc.example.vn/q/7KQ4M-Z2P9" + (char) ('A' + i)));
        }
        // a name and a group too long for the card: shrunk or shortened, the code must stay
        cards.set(5, new CardSheet.Card("Tôn Nữ Thị Diệu Quỳnh Hoài Thương Xuân Mai Phương ".repeat(4).strip(),
                "Trưởng phòng chuyên môn và tương đương thuộc Ủy ban nhân dân cấp huyện ".repeat(3).strip(), LINK,
                "7KQ4M-Z2P9F", "cchc.example.vn/q/7KQ4M-Z2P9F"));
        cards.set(6, new CardSheet.Card("Lê Thị Diệu Quỳnh Hoài Thương", "Lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam"
                + " tỉnh Hải Dương", LINK, "7KQ4M-Z2P9G", "cchc.example.vn/q/7KQ4M-Z2P9G"));
        // the widest letters: the code and the address must not break at the hyphen
        cards.set(7, new CardSheet.Card("Vũ Minh Quân", "Lãnh đạo các sở, ban, ngành", LINK, "WMWMW-MWMWQ",
                "cchc.example.vn/q/WMWMW-MWMWQ"));
        byte[] pdf = CardSheet.pdf("Chỉ số CCHC năm 2023 — tỉnh Hải Dương", "31/12/2023", cards);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String all = text.getTextFromPage(1) + "\n" + text.getTextFromPage(2);
            Matcher m = Pattern.compile("Mã phiếu:\\s*([0-9A-Z]{5}-[0-9A-Z]{5})").matcher(all);
            List<String> codes = new ArrayList<>();
            while (m.find()) {
                codes.add(m.group(1));
            }
            assertThat(codes).hasSize(11).doesNotHaveDuplicates().contains("WMWMW-MWMWQ", "7KQ4M-Z2P9F");
            assertThat(all).contains("cchc.example.vn/q/WMWMW-MWMWQ");
            assertThat(all).contains("Nguyễn Thị Hương", "Chủ tịch UBND cấp xã", "Hạn trả lời: 31/12/2023",
                    "quét mã QR để vào phiếu khảo", "Hoặc gõ vào trình duyệt:");
        } finally {
            reader.close();
        }
    }

    static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
