/**
 * Login and roles over HTTP: the secretariat's JAX-RS application, the authentication mechanism (form login for
 * pages, Basic or the session for the API), the access rules of pages and API, and the accounts resource.
 */
package org.parindex.survey.security.rest;
