/** Use cases of respondents: register, change, remove, import from CSV or XLSX, compare with quotas. */
package org.parindex.survey.respondent.application;
