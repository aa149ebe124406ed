package org.parindex.survey.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.time.Clock;
import java.util.logging.Logger;

/** Cross-cutting objects produced for injection, so that tests and later issues can replace them. */
@ApplicationScoped
public class Producers {

    /** A logger named after the class it is injected into. */
    @Produces
    Logger logger(InjectionPoint at) {
        return Logger.getLogger(at.getMember().getDeclaringClass().getName());
    }

    /** The clock in the province's time zone. */
    @Produces
    Clock clock(SurveyConfig config) {
        return Clock.system(config.zone());
    }
}
