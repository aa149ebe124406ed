/** Storage of publications with JPA. */
package org.parindex.survey.results.persistence;
