package org.parindex.survey.campaign.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.problem.ProblemException;

/**
 * Whom respondents contact: the campaign's own contact, else the installation's default from {@code
 * survey.contact.name}, {@code survey.contact.phone}, {@code survey.contact.email} (checked at start-up), which is
 * also what pages that know no campaign show (a wrong link, the short-code box).
 */
@ApplicationScoped
public class SecretariatContact {

    private Contact fallback;

    SecretariatContact() {
        // for the CDI proxy
    }

    @Inject
    public SecretariatContact(@ConfigProperty(name = "survey.contact.name") Optional<String> name,
                              @ConfigProperty(name = "survey.contact.phone") Optional<String> phone,
                              @ConfigProperty(name = "survey.contact.email") Optional<String> email) {
        if (phone.isPresent() || email.isPresent()) {
            try {
                this.fallback = new Contact(name.orElse("Tổ thư ký Chỉ số CCHC"), phone.orElse(null),
                        email.orElse(null));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("survey.contact.*: " + (e instanceof ProblemException p
                        ? p.errors().toString() : e.getMessage()), e);
            }
        }
    }

    /** The installation's default, if configured. */
    public Optional<Contact> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** Whom the respondents of {@code campaign} contact, if anyone is known. */
    public Optional<Contact> of(Campaign campaign) {
        return campaign.contact().or(this::fallback);
    }
}
