-- ParIndex survey service, schema version 70 (issue 12): how many anonymous answers a campaign's groups have, kept
-- by the mixer in the transaction that writes them. The secretariat's dashboard (polled every 5 s) counted the
-- campaign's survey_answer rows through the tally index instead: seconds at 3 million answers. A row holds a total
-- and nothing else (no time, no batch), so it tells no more than the dashboard shows.
CREATE TABLE answer_count (
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    group_code  VARCHAR(64) NOT NULL,
    answers     BIGINT NOT NULL,
    CONSTRAINT pk_answer_count PRIMARY KEY (campaign_id, group_code)
);
INSERT INTO answer_count (campaign_id, group_code, answers)
    SELECT campaign_id, group_code, COUNT(*) FROM survey_answer GROUP BY campaign_id, group_code;
