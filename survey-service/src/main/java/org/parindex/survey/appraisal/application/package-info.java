/** The appraiser's use cases and the progress of a campaign's dossiers. */
package org.parindex.survey.appraisal.application;
