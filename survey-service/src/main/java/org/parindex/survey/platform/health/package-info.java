/**
 * MicroProfile Health checks, served by Payara at {@code /health}, {@code /health/live} and
 * {@code /health/ready}: liveness of the JVM, readiness of the migrated database.
 */
package org.parindex.survey.platform.health;
