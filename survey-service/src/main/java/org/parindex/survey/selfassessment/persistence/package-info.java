/** Dossiers and evidence in the database, through JPA (evidence bytes in base64 parts). */
package org.parindex.survey.selfassessment.persistence;
