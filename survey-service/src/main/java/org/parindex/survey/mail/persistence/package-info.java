/** The outbox in the database, through JPA; claims are one conditional UPDATE for a whole poll (lease free, still QUEUED; the version moves on). */
package org.parindex.survey.mail.persistence;
