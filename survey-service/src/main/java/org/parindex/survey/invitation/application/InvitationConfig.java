package org.parindex.survey.invitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.invitation.domain.ReminderPolicy;
import org.parindex.survey.platform.Durations;

/**
 * The settings of invitations, through MicroProfile Config (system property or environment variable, e.g.
 * {@code SURVEY_INVITATION_REMINDERS_MAX=2}); durations are ISO-8601.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>survey.invitation.secret</td><td>(a key file in the data folder)</td><td>the key links are derived
 *       from, base64 of at least 32 bytes; set it (from a secret store) when the database is not embedded or runs
 *       on several instances; changing it kills every link</td></tr>
 *   <tr><td>survey.invitation.reminders.max</td><td>3</td><td>most reminders per respondent</td></tr>
 *   <tr><td>survey.invitation.reminders.min-spacing</td><td>PT48H</td><td>least time between two mails to one
 *       respondent</td></tr>
 *   <tr><td>survey.invitation.lookup.max-failures</td><td>20</td><td>wrong tokens or codes one client may try per
 *       window before getting 429</td></tr>
 *   <tr><td>survey.invitation.lookup.window</td><td>PT15M</td><td>that window</td></tr>
 * </table>
 */
@ApplicationScoped
public class InvitationConfig {

    private Optional<String> secret;
    private ReminderPolicy reminders;
    private int lookupMaxFailures;
    private Duration lookupWindow;

    InvitationConfig() {
        // for the CDI proxy
    }

    @Inject
    public InvitationConfig(
            @ConfigProperty(name = "survey.invitation.secret") Optional<String> secret,
            @ConfigProperty(name = "survey.invitation.reminders.max", defaultValue = "3") int maxReminders,
            @ConfigProperty(name = "survey.invitation.reminders.min-spacing", defaultValue = "PT48H") String spacing,
            @ConfigProperty(name = "survey.invitation.lookup.max-failures", defaultValue = "20") int maxFailures,
            @ConfigProperty(name = "survey.invitation.lookup.window", defaultValue = "PT15M") String window) {
        this.secret = secret.map(String::strip).filter(s -> !s.isEmpty());
        this.reminders = new ReminderPolicy(maxReminders,
                Durations.zeroOrMore("survey.invitation.reminders.min-spacing", spacing));
        if (maxFailures < 1) {
            throw new IllegalArgumentException("survey.invitation.lookup.max-failures must be at least 1: "
                    + maxFailures);
        }
        this.lookupMaxFailures = maxFailures;
        this.lookupWindow = Durations.positive("survey.invitation.lookup.window", window);
    }


    /** The configured link key (base64), if any. */
    public Optional<String> secret() {
        return secret;
    }

    public ReminderPolicy reminders() {
        return reminders;
    }

    public int lookupMaxFailures() {
        return lookupMaxFailures;
    }

    public Duration lookupWindow() {
        return lookupWindow;
    }
}
