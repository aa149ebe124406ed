/**
 * A stored score row ({@link org.parindex.survey.scores.domain.ScoreEntry}), whose value is scoring-lib's
 * {@link org.parindex.scoring.Assessment}.
 */
package org.parindex.survey.scores.domain;
