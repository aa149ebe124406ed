package org.parindex.survey.selfassessment.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;
import org.parindex.survey.problem.TooLargeException;
import org.parindex.survey.problem.Sizes;
import org.parindex.survey.tabular.SpreadsheetLimits;
import org.parindex.survey.tabular.XlsxInspection;

/**
 * What an evidence upload must be, judged by its content, never by its name: a PDF, a PNG or JPEG image, or an
 * office document (OOXML: DOCX, XLSX, PPTX, inspected for zip bombs like an imported spreadsheet; or a legacy
 * OLE2 .doc/.xls), within the size limit. The name must be a plain file name (no folder, no {@code ..}, no control
 * characters); it is kept in NFC, and its extension becomes the one of the type found.
 */
public final class EvidenceCheck {

    /** What an accepted upload is. */
    public record Accepted(String fileName, String mediaType, String sha256) {
    }

    /** An office archive may expand to 64 MB, in at most 1 000 parts. */
    static final SpreadsheetLimits OFFICE = new SpreadsheetLimits(32L << 20, 64L << 20, 1_000, 32L << 20,
            Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern KEPT = Pattern.compile("[^\\p{L}\\p{M}\\p{N} ._()+,-]");
    private static final Set<String> OLE2_EXTENSIONS = Set.of("doc", "xls", "ppt");

    private EvidenceCheck() {
    }

    /**
     * Checks one upload.
     *
     * @throws TooLargeException     (413, field {@code file}) above {@code maxBytes}, or an office archive that expands
     *                               too far
     * @throws InvalidInputException (422) for an empty body, a type not accepted ({@code file}) or a name with a
     *                               folder or {@code ..} in it ({@code fileName})
     */
    public static Accepted check(String rawName, byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "tệp rỗng");
        }
        if (bytes.length > maxBytes) {
            throw new TooLargeException("Tệp " + Sizes.human(bytes.length) + " lớn quá giới hạn "
                    + Sizes.human(maxBytes) + " của một tài liệu kiểm chứng. Không có gì được lưu.",
                    FieldError.of("file", "lớn quá " + Sizes.human(maxBytes)));
        }
        String base = name(rawName);
        String type;
        String extension;
        if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            type = "application/pdf";
            extension = "pdf";
        } else if (starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            type = "image/png";
            extension = "png";
        } else if (starts(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            type = "image/jpeg";
            extension = "jpg";
        } else if (starts(bytes, new byte[] {'P', 'K', 3, 4})) {
            String[] office = office(bytes);
            type = office[0];
            extension = office[1];
        } else if (starts(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            type = "application/x-ole-storage";
            String given = extension(base);
            extension = OLE2_EXTENSIONS.contains(given) ? given : "doc";
        } else {
            throw wrongType();
        }
        return new Accepted(withExtension(base, extension), type, sha256(bytes));
    }

    /** The name as kept: NFC, a plain file name, without characters outside letters, digits and {@code ._()+,-}. */
    static String name(String raw) {
        String n = raw == null ? "" : Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (n.isEmpty()) {
            throw InvalidInputException.of("fileName", "thiếu tên tệp");
        }
        if (UNSAFE_NAME.matcher(n).find() || n.equals("..") || n.startsWith("../") || n.contains("..")) {
            throw new InvalidInputException("Tên tệp không hợp lệ: chỉ gửi tên tệp, không có thư mục, \"..\" hay ký tự"
                    + " điều khiển. Không có gì được lưu.", java.util.List.of(FieldError.of("fileName",
                    "tên tệp chứa thư mục, \"..\" hoặc ký tự điều khiển", cut(n))));
        }
        String kept = KEPT.matcher(n).replaceAll("_").replaceAll("^[.\\s]+", "").strip();
        if (kept.length() > 100) {
            kept = kept.substring(0, 100);
        }
        return kept.isEmpty() ? "tai-lieu" : kept;
    }

    private static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        return stem + "." + extension;
    }

    /** The type of an OOXML archive, after inspecting it for zip bombs; anything else is refused. */
    private static String[] office(byte[] bytes) {
        try {
            new XlsxInspection(OFFICE).check(bytes);
        } catch (TooLargeException e) {
            throw new TooLargeException("Tệp nén (văn phòng) khi giải nén quá lớn hoặc quá nhiều phần (nghi "
                    + "\"zip bomb\"): " + e.getMessage() + " Không có gì được lưu.",
                    FieldError.of("file", "giải nén quá lớn"));
        } catch (IOException | RuntimeException e) {
            throw wrongType();
        }
        boolean types = false;
        String[] kind = null;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (var e = zip.getEntries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                types |= name.equals("[Content_Types].xml");
                if (kind == null && name.startsWith("word/")) {
                    kind = new String[] {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "docx"};
                } else if (kind == null && name.startsWith("xl/")) {
                    kind = new String[] {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"};
                } else if (kind == null && name.startsWith("ppt/")) {
                    kind = new String[] {"application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "pptx"};
                }
            }
        } catch (IOException | RuntimeException e) {
            throw wrongType();
        }
        if (!types || kind == null) {
            throw wrongType();
        }
        return kind;
    }

    private static InvalidInputException wrongType() {
        return new InvalidInputException("Loại tệp không được nhận (xét theo nội dung tệp, không theo tên): chỉ PDF,"
                + " ảnh PNG/JPEG, tài liệu Word/Excel/PowerPoint. Không có gì được lưu.",
                java.util.List.of(FieldError.of("file", "loại tệp không được nhận: chỉ PDF, PNG, JPEG, DOCX, XLSX, "
                        + "PPTX, DOC, XLS")));
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
