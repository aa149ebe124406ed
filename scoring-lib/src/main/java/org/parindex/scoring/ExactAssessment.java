package org.parindex.scoring;

/**
 * An assessment that fits its framework, with its self and appraised values already converted to exact points
 * (each figure is read once, when the campaign is checked).
 *
 * @param assessment the row
 * @param self       self-assessed points, or null
 * @param appraised  appraised points, or null
 */
record ExactAssessment(Assessment assessment, Fraction self, Fraction appraised) {
}
