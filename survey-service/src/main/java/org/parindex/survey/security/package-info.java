/**
 * Login and roles (Jakarta Security): accounts in the database with PBKDF2 password hashes, three roles — admin
 * (campaigns and users), secretary (runs a campaign), viewer (council members: reads results) — the first admin
 * from configuration, form login for the pages under {@code /admin}, Basic or the same session for the API.
 */
package org.parindex.survey.security;
