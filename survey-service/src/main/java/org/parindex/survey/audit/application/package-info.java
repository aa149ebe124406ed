/** Recording audit entries with the current caller ({@link org.parindex.survey.audit.application.AuditTrail}). */
package org.parindex.survey.audit.application;
