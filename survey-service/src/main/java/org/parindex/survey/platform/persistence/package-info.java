/**
 * The database: the data source from configuration ({@link
 * org.parindex.survey.platform.persistence.SurveyDataSource}), and the Flyway migrations run at start-up before
 * JPA is used ({@link org.parindex.survey.platform.persistence.DatabaseMigration}). Migrations are in
 * {@code src/main/resources/db/migration}, in SQL common to Derby and PostgreSQL.
 */
package org.parindex.survey.platform.persistence;
