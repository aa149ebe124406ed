/** Computing, publishing, explaining and exporting results; reading the anonymous answers as a tally. */
package org.parindex.survey.results.application;
