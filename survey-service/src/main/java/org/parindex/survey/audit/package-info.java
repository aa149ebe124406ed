/**
 * The audit log (nhật ký thao tác): who did what and when — imports, invitations, reminders, score changes,
 * publications, paper questionnaires, user management. Entries are only ever added; {@code application} records
 * them in the transaction of the change they describe, {@code rest} lists them for the secretariat.
 */
package org.parindex.survey.audit;
