/** The outbox in the database, through JPA; claims are a bulk compare-and-set on the row's version. */
package org.parindex.survey.mail.persistence;
