/** The dashboard and paper entry over HTTP. */
package org.parindex.survey.dashboard.rest;
