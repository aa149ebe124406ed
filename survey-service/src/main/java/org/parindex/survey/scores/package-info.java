/**
 * Self-assessment and appraisal points (tự đánh giá, thẩm định) per unit and leaf of the framework of the unit's
 * level: imported from CSV/XLSX in the columns of scoring-lib's scores file, checked row by row against the
 * framework, all or nothing, every change audit-logged.
 */
package org.parindex.survey.scores;
