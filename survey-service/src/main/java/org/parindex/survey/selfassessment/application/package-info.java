/** Use cases of the unit's officer (self-assess, upload, submit, explain) and the dossier as the pages show it. */
package org.parindex.survey.selfassessment.application;
