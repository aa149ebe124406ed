/**
 * Small in-memory stand-ins for the repositories, and entities with ids, for plain JUnit tests of the application
 * services (which take everything through their constructors). No CDI, no database.
 */
package org.parindex.survey.fakes;
