package org.parindex.survey.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one way the API hands out a file: a response with its media type and a {@code Content-Disposition} whose
 * file name went through {@link #fileName} (so that nothing a user typed, such as a group or level code, can break
 * the header or name a path). Every download of the API goes through here.
 */
public final class Downloads {

    /** CSV as the API writes it: UTF-8. */
    public static final String CSV = "text/csv;charset=UTF-8";
    /** Excel workbook (XLSX). */
    public static final String XLSX = Uploads.XLSX;
    /** PDF. */
    public static final String PDF = "application/pdf";

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private Downloads() {
    }

    /**
     * {@code raw} as a file name safe in a header and on any file system: every character but ASCII letters,
     * digits, {@code .}, {@code _} and {@code -} becomes {@code _}, e.g. {@code "the-qr-3-HĐND tỉnh.pdf"} →
     * {@code "the-qr-3-H_ND_t_nh.pdf"}.
     */
    public static String fileName(String raw) {
        Objects.requireNonNull(raw, "raw == null");
        return UNSAFE.matcher(raw).replaceAll("_");
    }

    /** {@code body} of {@code type} to be saved as {@code file} (the browser downloads it). */
    public static Response attachment(Object body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName(file) + "\"")
                .build();
    }

    /** {@code body} of {@code type} to be shown in the browser, named {@code file} if saved. */
    public static Response inline(Object body, String type, String file) {
        return Response.ok(body, type).header("Content-Disposition", "inline; filename=\"" + fileName(file) + "\"")
                .build();
    }
}
