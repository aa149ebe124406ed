/** Invitations, revoked links and custom mail templates in the database, through JPA. */
package org.parindex.survey.invitation.persistence;
