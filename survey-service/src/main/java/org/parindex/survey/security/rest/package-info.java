/**
 * Login and roles over HTTP: the authentication mechanism (form login for pages, Basic or the session for the API),
 * the canonical path filter, the access rules of pages and API, the enforcement of each resource method's roles,
 * and the accounts resource.
 */
package org.parindex.survey.security.rest;
