/** Members and sign-in links in the database, through JPA. */
package org.parindex.survey.membership.persistence;
