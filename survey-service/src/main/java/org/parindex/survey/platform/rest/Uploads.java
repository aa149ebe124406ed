package org.parindex.survey.platform.rest;

/** Media types of uploaded spreadsheets. */
public final class Uploads {

    /** CSV, UTF-8. */
    public static final String CSV = "text/csv";
    /** Excel workbook (XLSX). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Uploads() {
    }
}
