/**
 * The data shipped in the {@code questionnaires} module, on the class path under {@code parindex/}: frameworks,
 * questionnaire forms, sample plans with the units of their provinces. {@link
 * org.parindex.survey.shipped.ShippedData} is the one catalogue of it: each file is listed and read in one place,
 * parsed once, and kept with its text where a publication needs the text.
 */
package org.parindex.survey.shipped;
