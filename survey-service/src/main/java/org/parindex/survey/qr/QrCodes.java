package org.parindex.survey.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * QR codes of respondents' links, drawn from ZXing's module matrix: as PNG (for screens and for pasting into
 * documents), as SVG (scales to any print size) and as a matrix for the PDF card sheet. Error correction level M
 * (15 %), a quiet zone of four modules as the standard asks.
 *
 * <p>Every code is read back before it is handed out: about one link in 170 gets a matrix (with the mask the
 * encoder judges best) in which ZXing's detector, as scanner apps use it, finds a false finder pattern and reads
 * nothing. Such a link is drawn with the first other mask pattern that reads back (the standard's eight are all
 * valid; a reader tries none of them, it reads the mask from the code).
 */
public final class QrCodes {

    /** Modules of white around the code. */
    public static final int QUIET_ZONE = 4;
    /** Smallest and largest PNG width in pixels. */
    public static final int MIN_PIXELS = 64;
    public static final int MAX_PIXELS = 2048;
    /** Pixels a module of the image a matrix is read back from. */
    private static final int CHECK_SCALE = 4;

    private QrCodes() {
    }

    /**
     * The module matrix of {@code link}: {@code true} is dark, without the quiet zone. One that ZXing's detector
     * reads back as {@code link}: the encoder's choice of mask, else the first mask pattern that does.
     *
     * @throws IllegalArgumentException when the link cannot be encoded, or no mask reads back (never seen)
     */
    public static boolean[][] matrix(URI link) {
        Objects.requireNonNull(link, "link == null");
        String text = link.toString();
        boolean[][] dark = encode(text, null);
        for (int mask = 0; !readsBack(dark, text); mask++) {
            if (mask >= QRCode.NUM_MASK_PATTERNS) {
                throw new IllegalArgumentException("no QR mask pattern of this link reads back: " + link);
            }
            dark = encode(text, mask);
        }
        return dark;
    }

    /** The matrix of {@code text} with the given mask pattern, or the encoder's choice when {@code null}. */
    static boolean[][] encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    /**
     * Whether ZXing's QR reader, with no hint (as scanner apps call it), finds {@code text} in the matrix drawn with
     * its quiet zone at {@link #CHECK_SCALE} pixels a module (a code that reads there reads at 3 to 10 as well).
     */
    static boolean readsBack(boolean[][] dark, String text) {
        int size = (dark.length + 2 * QUIET_ZONE) * CHECK_SCALE;
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size,
                    pixels(dark, CHECK_SCALE))));
            return text.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    /** The code with its quiet zone as ARGB pixels, row by row, {@code scale} pixels a module: black on white. */
    private static int[] pixels(boolean[][] dark, int scale) {
        int size = (dark.length + 2 * QUIET_ZONE) * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int my = y / scale - QUIET_ZONE;
                int mx = x / scale - QUIET_ZONE;
                boolean on = my >= 0 && mx >= 0 && my < dark.length && mx < dark.length && dark[my][mx];
                pixels[y * size + x] = on ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return pixels;
    }

    /** A PNG about {@code pixels} wide (whole pixels per module, so the code stays sharp). */
    public static byte[] png(URI link, int pixels) {
        if (pixels < MIN_PIXELS || pixels > MAX_PIXELS) {
            throw new IllegalArgumentException("pixels must be in [" + MIN_PIXELS + ", " + MAX_PIXELS + "]: "
                    + pixels);
        }
        boolean[][] dark = matrix(link);
        int modules = dark.length + 2 * QUIET_ZONE;
        int scale = Math.max(1, pixels / modules);
        int size = modules * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        image.setRGB(0, 0, size, size, pixels(dark, scale), 0, size);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG of one path, one module per unit, scaled to {@code millimetres} wide when printed. */
    public static String svg(URI link, int millimetres) {
        boolean[][] dark = matrix(link);
        int modules = dark.length + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark.length; x++) {
                if (dark[y][x]) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + millimetres + "mm\" height=\""
                + millimetres + "mm\" viewBox=\"0 0 " + modules + " " + modules
                + "\" shape-rendering=\"crispEdges\">\n"
                + "<title>" + escape(link.toString()) + "</title>\n"
                + "<rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#fff\"/>\n"
                + "<path fill=\"#000\" d=\"" + path + "\"/>\n"
                + "</svg>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
