/** The audit log over HTTP (admins and secretaries read it). */
package org.parindex.survey.audit.rest;
