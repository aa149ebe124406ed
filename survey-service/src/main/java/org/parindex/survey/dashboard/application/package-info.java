/** The dashboard's figures, the respondents' status export, and paper entry. */
package org.parindex.survey.dashboard.application;
