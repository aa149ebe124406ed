/** Storage of respondents with JPA. */
package org.parindex.survey.respondent.persistence;
