/** Accounts ({@link org.parindex.survey.security.domain.Account}), roles and the password policy. */
package org.parindex.survey.security.domain;
