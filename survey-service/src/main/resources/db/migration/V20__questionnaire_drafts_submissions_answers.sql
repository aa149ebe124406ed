-- ParIndex survey service, schema version 20 (issue 6): questionnaire drafts, submissions and anonymous answers.
-- SQL that both Apache Derby and PostgreSQL accept, like V1.
--
-- Anonymity: survey_answer holds what was answered and never who answered. It has no column and no foreign key
-- that leads to a respondent (no respondent id, no token, no submission, no time, no sequence: its id is a random
-- UUID), and the answers of one submission are not tied together. questionnaire_submission holds who answered and
-- when, never what. Drafts are linked to the respondent (their link resumes them) and are deleted in the
-- transaction that submits them. A test (AnonymityTest) checks these tables' columns and keys.

-- The draft of a questionnaire being answered, one per respondent.
CREATE TABLE questionnaire_draft (
    respondent_id BIGINT NOT NULL PRIMARY KEY REFERENCES respondent (id),
    campaign_id   BIGINT NOT NULL REFERENCES campaign (id),
    started_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
CREATE INDEX ix_questionnaire_draft_campaign ON questionnaire_draft (campaign_id);

-- One answered cell (form, question, rated unit) of a draft.
CREATE TABLE draft_answer (
    respondent_id      BIGINT NOT NULL REFERENCES questionnaire_draft (respondent_id),
    questionnaire_code VARCHAR(50) NOT NULL,
    question_code      VARCHAR(50) NOT NULL,
    unit_code          VARCHAR(50) NOT NULL,
    option_code        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_draft_answer PRIMARY KEY (respondent_id, questionnaire_code, question_code, unit_code)
);

-- That a respondent has answered (online or on paper), and when: at most once.
CREATE TABLE questionnaire_submission (
    respondent_id BIGINT NOT NULL PRIMARY KEY REFERENCES respondent (id),
    campaign_id   BIGINT NOT NULL REFERENCES campaign (id),
    submitted_at  TIMESTAMP NOT NULL,
    channel       VARCHAR(10) NOT NULL
);
CREATE INDEX ix_questionnaire_submission_campaign ON questionnaire_submission (campaign_id);

-- The anonymous answers: one row per answered cell of a submitted questionnaire.
CREATE TABLE survey_answer (
    id                 VARCHAR(36) NOT NULL PRIMARY KEY,
    campaign_id        BIGINT NOT NULL REFERENCES campaign (id),
    group_code         VARCHAR(50) NOT NULL,
    questionnaire_code VARCHAR(50) NOT NULL,
    question_code      VARCHAR(50) NOT NULL,
    criterion_code     VARCHAR(50) NOT NULL,
    unit_code          VARCHAR(50) NOT NULL,
    option_code        VARCHAR(20) NOT NULL
);
CREATE INDEX ix_survey_answer_tally ON survey_answer (campaign_id, unit_code, criterion_code);
