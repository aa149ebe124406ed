-- Issue 13: heads of district offices rate only the departments their office mirrors.
-- The office table of a group (from the sample plan's "offices"): each office, the units it rates
-- (counterparts) and the home units that have it (empty = all), codes separated by single spaces.
CREATE TABLE group_office (
    group_id      BIGINT NOT NULL REFERENCES sample_group (id),
    office_code   VARCHAR(50) NOT NULL,
    office_name   VARCHAR(300) NOT NULL,
    counterparts  VARCHAR(2000) NOT NULL,
    unit_codes    VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_group_office PRIMARY KEY (group_id, office_code)
);

-- The office a respondent heads, for groups with an office table; NULL otherwise.
ALTER TABLE respondent ADD COLUMN office_code VARCHAR(50);
