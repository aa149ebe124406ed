package org.parindex.survey.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.parindex.survey.platform.SurveyConfig;
import org.parindex.survey.platform.persistence.DatabaseMigration;

/** At start-up, after the migrations: the demo campaign, unless {@code survey.demo.enabled=false}. */
@ApplicationScoped
public class DemoData {

    private SurveyConfig config;
    private DemoCampaign demo;
    private Logger log;

    DemoData() {
        // for the CDI proxy
    }

    @Inject
    public DemoData(SurveyConfig config, DemoCampaign demo, Logger log) {
        this.config = config;
        this.demo = demo;
        this.log = log;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 100) @Initialized(ApplicationScoped.class)
                 Object event) {
        if (!config.demoEnabled()) {
            log.info("Demo campaign disabled (survey.demo.enabled=false)");
            return;
        }
        demo.createIfEmpty();
    }
}
