/** Use cases of units: listing, and importing from CSV or XLSX with a per-row report. */
package org.parindex.survey.unit.application;
