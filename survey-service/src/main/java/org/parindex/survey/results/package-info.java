/**
 * The index (Chỉ số CCHC): survey answers tallied per (unit, sub-criterion, group, option), handed with the
 * framework and the scores to scoring-lib, results per level (index, areas, rank, band), a unit's explanation,
 * exports (XLSX, PDF), and publication as immutable, numbered snapshots that keep their inputs.
 */
package org.parindex.survey.results;
