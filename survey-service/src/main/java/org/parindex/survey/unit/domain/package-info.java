/**
 * The units of a campaign's province ({@link org.parindex.survey.unit.domain.Unit}): code, Vietnamese name,
 * level (data, so a two-tier province works), parent.
 */
package org.parindex.survey.unit.domain;
