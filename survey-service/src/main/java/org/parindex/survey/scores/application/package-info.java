/** Importing, editing and exporting scores, and the shipped frameworks they are checked against. */
package org.parindex.survey.scores.application;
