/** Storage of score rows with JPA. */
package org.parindex.survey.scores.persistence;
