-- ParIndex survey service, schema version 40 (issue 10): answers reach survey_answer only through the mixer.
-- SQL that both Apache Derby and PostgreSQL accept.
--
-- Before: a submission wrote its answers to survey_answer in the transaction that recorded who submitted, so the
-- rows shared that transaction's id (PostgreSQL xmin) and lay in one block of the table's pages (Derby storage
-- order). Now a submission writes its answers as ONE pending answer set (its cells encoded as text in parts), and
-- the mixer moves whole sets into survey_answer later, in its own transaction, only when at least k sets of the
-- same campaign and group are waiting (or the oldest has waited survey.anonymity.max-wait, or the survey has
-- closed), with the rows of all sets in one random order. A pending set lives only until it is mixed: the mixer
-- deletes it in the transaction that writes its answers.
CREATE TABLE pending_answer_set (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaign (id),
    group_code  VARCHAR(50) NOT NULL,
    queued_at   TIMESTAMP NOT NULL
);
CREATE INDEX ix_pending_answer_set_group ON pending_answer_set (campaign_id, group_code);

-- The cells of a pending set, one line each (questionnaire, question, criterion, unit, option), split in parts.
CREATE TABLE pending_answer_part (
    set_id  VARCHAR(36) NOT NULL REFERENCES pending_answer_set (id),
    part_no INT NOT NULL,
    cells   VARCHAR(16000) NOT NULL,
    CONSTRAINT pk_pending_answer_part PRIMARY KEY (set_id, part_no)
);
