/** Storage of audit entries with JPA. */
package org.parindex.survey.audit.persistence;
