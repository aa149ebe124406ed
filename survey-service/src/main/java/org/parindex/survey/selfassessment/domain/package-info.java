/** Dossiers, their leaves and evidence files, and the rules of their statuses. */
package org.parindex.survey.selfassessment.domain;
