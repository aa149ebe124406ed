/**
 * The start-up benchmark's minimal Jakarta EE application (issue 12; {@code deploy/bench/bench-startup.sh} packs it
 * as {@code minimal.war}, never part of {@code bare.war} or the product): what a WAR using the service's features at
 * their smallest costs to deploy on Payara Micro. A JAX-RS application with one resource, a CDI bean with a
 * transactional JPA repository of one entity on embedded Derby, and a singleton EJB that touches the database at
 * start, as the service's migration and demo check do.
 */
package org.parindex.bench.minimal;
