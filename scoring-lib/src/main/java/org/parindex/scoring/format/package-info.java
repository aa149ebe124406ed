/**
 * Reading and writing the ParIndex file formats of {@code questionnaires/README.md}: framework JSON
 * ({@link org.parindex.scoring.format.FrameworkReader}), units, scores and tallied answers as CSV, and results as a
 * table, CSV or JSON.
 *
 * <p>Readers check a whole file before giving up and throw one {@link org.parindex.scoring.ValidationException}
 * listing every problem with the file name and line. Text is read as UTF-8 (a byte-order mark is accepted) and
 * normalised to NFC; numbers are read as exact decimals.
 */
package org.parindex.scoring.format;
