package org.parindex.survey.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The service's one database, {@value #JNDI_NAME}, from MicroProfile Config ({@code survey.db.url},
 * {@code survey.db.user}, {@code survey.db.password}): embedded Derby in the data folder by default, PostgreSQL (or
 * any database with a JDBC driver in the WAR) by changing the URL. Payara pools the connections; {@link
 * JdbcUrlDataSource} opens them with whichever driver accepts the URL. JPA uses it through
 * {@code persistence.xml}; other beans inject it as {@code @SurveyDatabase DataSource}.
 *
 * <p>Database faults (issue 12): every connection is validated when the pool hands it out, all are dropped when
 * one is found broken, and no request waits more than 10 s for one; with the database unreachable requests fail at
 * once with 503 ({@link DatabaseUnavailable}), readiness is DOWN, and once it is back the pool connects afresh by
 * itself, without a restart.
 */
@DataSourceDefinition(
        name = SurveyDataSource.JNDI_NAME,
        className = "org.parindex.survey.platform.persistence.JdbcUrlDataSource",
        url = "${MPCONFIG=survey.db.url}",
        user = "${MPCONFIG=survey.db.user}",
        password = "${MPCONFIG=survey.db.password}",
        minPoolSize = 0,
        initialPoolSize = 0,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                      // Connection.isValid: a round trip on PostgreSQL, so a connection broken by a database
                      // restart is found before use (meta-data validation touches no network there)
                      "fish.payara.connection-validation-method=custom-validation",
                      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                      // one broken connection means the database went away: drop them all and reconnect afresh
                      "fish.payara.fail-all-connections=true",
                      // no request waits long for a connection (the default is 60 s): 503 and Retry-After instead
                      "fish.payara.max-wait-time-in-millis=10000"})
@Singleton
public class SurveyDataSource {

    /** Where the data source is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/survey";

    /** Makes the data source injectable as {@code @SurveyDatabase DataSource}. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Producer {

        @Produces
        @SurveyDatabase
        @Resource(lookup = JNDI_NAME)
        private DataSource dataSource;
    }
}
