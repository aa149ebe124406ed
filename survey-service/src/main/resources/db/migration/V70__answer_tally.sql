-- ParIndex survey service, schema version 70 (issue 12): the anonymous answers counted per (campaign, rated unit,
-- criterion, group, option), kept by the mixer in the transaction that writes the answers. The secretariat's
-- dashboard (polled every 5 s) counted and tallied the campaign's survey_answer rows on every poll instead: seconds
-- at 3 million answers. A row holds what the tally already shows (no time, no batch, no person), and it changes only
-- when a mix of at least k answer sets is written, as survey_answer does.
CREATE TABLE answer_tally (
    campaign_id    BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_code      VARCHAR(50) NOT NULL,
    criterion_code VARCHAR(50) NOT NULL,
    group_code     VARCHAR(50) NOT NULL,
    option_code    VARCHAR(20) NOT NULL,
    answers        BIGINT NOT NULL,
    CONSTRAINT pk_answer_tally PRIMARY KEY (campaign_id, unit_code, criterion_code, group_code, option_code)
);
INSERT INTO answer_tally (campaign_id, unit_code, criterion_code, group_code, option_code, answers)
    SELECT campaign_id, unit_code, criterion_code, group_code, option_code, COUNT(*) FROM survey_answer
    GROUP BY campaign_id, unit_code, criterion_code, group_code, option_code;
-- Nothing reads survey_answer by campaign, unit and criterion any more; the mixer no longer pays for the index on
-- every row it writes (more than half of its time on Derby).
DROP INDEX ix_survey_answer_tally;
