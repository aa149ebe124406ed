/** The audit log over HTTP, and the filter that records changes made through the rest of the API. */
package org.parindex.survey.audit.rest;
