/** Audit entries ({@link org.parindex.survey.audit.domain.AuditEntry}) and what they record. */
package org.parindex.survey.audit.domain;
