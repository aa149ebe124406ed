package org.parindex.survey.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.platform.Durations;

/**
 * Settings of members: how long a sign-in link stays valid ({@code survey.members.link-validity}, ISO-8601
 * duration, default 7 days).
 */
@ApplicationScoped
public class MembershipConfig {

    private Duration linkValidity;

    MembershipConfig() {
        // for the CDI proxy
    }

    @Inject
    public MembershipConfig(@ConfigProperty(name = "survey.members.link-validity", defaultValue = "P7D")
                            String linkValidity) {
        this.linkValidity = Durations.positive("survey.members.link-validity", linkValidity);
    }

    public Duration linkValidity() {
        return linkValidity;
    }
}
