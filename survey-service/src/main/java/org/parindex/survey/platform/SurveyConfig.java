package org.parindex.survey.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's settings (data folder, database, public address, demo mode, time zone), read through MicroProfile
 * Config. Each capability reads its own settings in a typed bean of its own ({@code InvitationConfig},
 * {@code MailConfig}, {@code AnonymityConfig}, {@code SecurityConfig}, {@code LoginThrottle}, {@code BodyLimits},
 * {@code ClientAddress}); the survey-service README lists every setting in one table. Defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by system properties ({@code -Dsurvey.data.dir=…}) or
 * environment variables ({@code SURVEY_DATA_DIR=…}). The data source itself is defined in
 * {@link org.parindex.survey.platform.persistence.SurveyDataSource} from {@code survey.db.*}, which Payara resolves
 * from the same configuration.
 */
@ApplicationScoped
public class SurveyConfig {

    private Path dataDir;
    private String databaseUrl;
    private URI publicBaseUrl;
    private boolean demoEnabled;
    private ZoneId zone;

    SurveyConfig() {
        // for the CDI proxy
    }

    @Inject
    public SurveyConfig(@ConfigProperty(name = "survey.data.dir") String dataDir,
                        @ConfigProperty(name = "survey.db.url") String databaseUrl,
                        @ConfigProperty(name = "survey.public-base-url") String publicBaseUrl,
                        @ConfigProperty(name = "survey.demo.enabled") boolean demoEnabled,
                        @ConfigProperty(name = "survey.timezone") String zone) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.databaseUrl = databaseUrl;
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        this.publicBaseUrl = URI.create(base);
        if (!this.publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("survey.public-base-url must be an absolute URL: " + publicBaseUrl);
        }
        this.demoEnabled = demoEnabled;
        this.zone = ZoneId.of(zone);
    }

    /** The folder for everything the service writes: the embedded database, logs, the link key, the mail outbox. */
    public Path dataDir() {
        return dataDir;
    }

    /** The JDBC URL of the database ({@code survey.db.url}), for reports; never contains the password. */
    public String databaseUrl() {
        return databaseUrl;
    }

    /** Whether the database is embedded Derby (one JVM only) rather than a server such as PostgreSQL. */
    public boolean embeddedDerby() {
        return databaseUrl.startsWith("jdbc:derby:") && !databaseUrl.startsWith("jdbc:derby://");
    }

    /**
     * The address respondents reach the service at, ending in {@code /}, e.g. {@code https://cchc.example.vn/}:
     * links in invitations and QR codes are made from it.
     */
    public URI publicBaseUrl() {
        return publicBaseUrl;
    }

    /** Whether to create the Hải Dương 2023 demo campaign on first start with an empty database. */
    public boolean demoEnabled() {
        return demoEnabled;
    }

    /** The time zone of the province (deadlines are dates there). */
    public ZoneId zone() {
        return zone;
    }
}
