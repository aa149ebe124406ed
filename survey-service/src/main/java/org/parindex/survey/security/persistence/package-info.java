/** Storage of accounts with JPA. */
package org.parindex.survey.security.persistence;
