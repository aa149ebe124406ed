/**
 * QR codes of respondents' links (PNG, SVG, module matrix; ZXing) and the printable A4 sheet of QR cards (OpenPDF,
 * with DejaVu Sans embedded for Vietnamese; the font's licence is beside it in {@code fonts/}). Pure functions of
 * their input: no container, no database.
 */
package org.parindex.survey.qr;
