/**
 * Questionnaire drafts, submissions and anonymous answers in the database, through JPA (tables of migrations
 * V20–V29). No query here joins {@code survey_answer} with {@code respondent}, {@code questionnaire_submission} or
 * the draft tables.
 */
package org.parindex.survey.questionnaire.persistence;
