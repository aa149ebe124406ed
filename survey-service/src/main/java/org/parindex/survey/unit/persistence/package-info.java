/** Storage of units with JPA. */
package org.parindex.survey.unit.persistence;
