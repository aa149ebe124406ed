/**
 * The PAR Index model and its scoring, with no dependency outside the JDK.
 *
 * <p>A {@link org.parindex.scoring.Framework} (bộ chỉ số) holds areas → criteria → sub-criteria; each leaf is
 * {@link org.parindex.scoring.ScoringMethod#APPRAISED APPRAISED}, {@link org.parindex.scoring.ScoringMethod#SURVEY
 * SURVEY} or {@link org.parindex.scoring.ScoringMethod#BONUS BONUS}, optionally with an
 * {@link org.parindex.scoring.AwardRule} that turns raw figures into points. Every open choice of the method
 * (rounding, survey conversion, minimum answers, ties, bands…) is data in its
 * {@link org.parindex.scoring.ScoringPolicy}.
 *
 * <p>Values are immutable; every constructor and builder checks its arguments and names the bad one. Whole inputs
 * (a framework, a campaign) are checked at once: a {@link org.parindex.scoring.ValidationException} carries every
 * {@link org.parindex.scoring.Problem} found. All arithmetic is exact (decimals and exact fractions); only the
 * displayed index is rounded, once, as the policy says.
 */
package org.parindex.scoring;
