-- ParIndex survey service, schema version 67 (issue 12): a draft's answers in text parts instead of a row per cell.
-- An autosave of a third of a council delegate's 600 answers inserted 200 draft_answer rows, and the submission
-- deleted 600: the respondent's whole path wrote its answers twice over. A draft now keeps its cells as
-- TextParts (one line per cell: form, question, unit, option), in one or two rows of at most 16,000 characters,
-- like the pending answer sets of V40. V68 moves the cells of drafts in progress here and drops draft_answer.
CREATE TABLE draft_part (
    respondent_id BIGINT NOT NULL REFERENCES questionnaire_draft (respondent_id),
    part_no       INT NOT NULL,
    cells         VARCHAR(16000) NOT NULL,
    CONSTRAINT pk_draft_part PRIMARY KEY (respondent_id, part_no)
);
