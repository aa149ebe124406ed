/** Results over HTTP: live preview, publications, explanations, XLSX/PDF exports and the frozen inputs. */
package org.parindex.survey.results.rest;
