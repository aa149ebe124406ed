/** Scores over HTTP: import (CSV/XLSX), list, change one, export in scoring-lib's CSV format. */
package org.parindex.survey.scores.rest;
