/** Managing accounts, hashing passwords, the identity store, and the first admin at start-up. */
package org.parindex.survey.security.application;
