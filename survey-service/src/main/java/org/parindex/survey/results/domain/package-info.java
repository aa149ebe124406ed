/**
 * What one level is scored from ({@link org.parindex.survey.results.domain.LevelInputs}), its results as rows
 * ({@link org.parindex.survey.results.domain.ResultRow}), and published snapshots
 * ({@link org.parindex.survey.results.domain.Publication}) with their frozen inputs.
 */
package org.parindex.survey.results.domain;
