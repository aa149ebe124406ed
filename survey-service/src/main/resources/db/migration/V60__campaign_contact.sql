-- ParIndex survey service, schema version 60 (issue 13): whom a respondent can call or write to.
-- SQL that both Apache Derby and PostgreSQL accept.
--
-- "Liên hệ Tổ thư ký" was a dead end: no phone, no e-mail. A campaign now carries its secretariat's contact (a name
-- such as "Tổ thư ký — Sở Nội vụ tỉnh Hải Dương", a phone and an e-mail), shown on the questionnaire page and
-- printed on the paper questionnaire; where a campaign has none, the installation's default (survey.contact.*).
ALTER TABLE campaign ADD COLUMN contact_name VARCHAR(200);
ALTER TABLE campaign ADD COLUMN contact_phone VARCHAR(40);
ALTER TABLE campaign ADD COLUMN contact_email VARCHAR(254);
