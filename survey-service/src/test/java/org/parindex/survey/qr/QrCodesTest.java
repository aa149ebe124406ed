package org.parindex.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrCodesTest {

    private static final URI LINK = URI.create("https://cchc.example.vn/q/AbCdEfGhIjKlMnOpQrStUvWxYz012345");

    @Test
    void thePngDecodesBackToTheLink() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LINK, 300)));
        assertThat(image.getWidth()).isBetween(QrCodes.MIN_PIXELS, 300);
        assertThat(decode(image)).isEqualTo(LINK.toString());
    }

    /**
     * Links whose matrix with the encoder's own choice of mask ZXing's detector cannot read (found among 3,000 random
     * links shaped like the service's; about one in 170 is such a link): drawn with another mask, they read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:38910/q/Zj_ZbIuIz0BNcUPONA71362S4ftP5Wwt",
            "http://localhost:35765/q/dDISKIH9g73S1HxgO8JCGA9cEQj1nb_5",
            "http://localhost:40714/q/COqACiU4J9Er9qc201WD5k3st6e0iYOi"})
    void aLinkTheEncodersMaskWouldMakeUnreadableGetsAMaskThatReads(String link) throws Exception {
        boolean[][] encodersChoice = QrCodes.encode(link, null);
        assertThat(QrCodes.readsBack(encodersChoice, link)).as("the encoder's own mask").isFalse();
        assertThat(QrCodes.matrix(URI.create(link))).isNotEqualTo(encodersChoice);
        for (int pixels : new int[] {150, 300, 600}) {
            assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI.create(link), pixels)))))
                    .as(pixels + " px").isEqualTo(link);
        }
    }

    @Test
    void everyPngOfRandomLinksDecodesWithAPlainReader() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 400; i++) {
            byte[] token = new byte[24];
            random.nextBytes(token);
            String link = "https://cchc.example.vn:" + (1024 + random.nextInt(60000)) + "/q/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
            assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI.create(link), 300)))))
                    .isEqualTo(link);
        }
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
