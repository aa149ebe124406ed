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
                      "fish.payara.connection-validation-method=meta-data"})
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
