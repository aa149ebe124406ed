/** Importing members, issuing and using sign-in links, and what a caller may reach. */
package org.parindex.survey.membership.application;
