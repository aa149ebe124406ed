package org.parindex.survey.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat's API, the questionnaire page and the attacks on both, against ONE deployment of the real WAR on
 * Payara Micro: each {@code *Checks} class is a {@link Nested} group of this class, so the nine of them cost one
 * boot instead of nine. The groups share the database and run one after the other in this JVM: none may assume an
 * empty database or a fixed id (each creates the campaigns it needs), and none may leave the service unusable for
 * the next: the throttles count failed logins and wrong links per client address, so X-Forwarded-For is trusted
 * here and every {@link Api} client speaks from an address of its own (as many clients behind a proxy would), which
 * keeps one group's deliberate failures from throttling the next. The attacks run last, in the order of
 * {@link Order}. Settings: the mail worker polls quickly; reminders at most 1 and no spacing; evidence files up to
 * 100 000 bytes ({@link SelfAssessmentChecks}); the throttles as shipped (20 wrong links or failed logins per client
 * address).
 *
 * <p>Arquillian 1.10 enriches only the top-level test instance, so this class (one instance for all groups) is
 * enriched by its own first test and hands its URL to each group.
 */
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> settings = Survey.quickMail();
        settings.put("survey.invitation.reminders.max", "1");
        settings.put("survey.invitation.reminders.min-spacing", "PT0S");
        settings.put("survey.invitation.lookup.trust-forwarded-for", "true");
        settings.put("survey.evidence.max-bytes", "100000");
        return Api.war(settings);
    }

    @ArquillianResource
    URL base;

    @Test
    void isDeployedAndReady() {
        assertThat(new Api(base).get("/health/ready").status()).isEqualTo(200);
    }

    private URL base() {
        assertThat(base).as("the deployment's URL (ApiIT's own test runs first and is enriched)").isNotNull();
        return base;
    }

    @Nested
    @Order(1)
    class Campaigns extends CampaignApiChecks {
        Campaigns() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(2)
    class Respondents extends RespondentApiChecks {
        Respondents() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(3)
    class Questionnaire extends QuestionnaireChecks {
        Questionnaire() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(4)
    class Secretariat extends SecretariatChecks {
        Secretariat() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(5)
    class SecretariatPages extends SecretariatPagesChecks {
        SecretariatPages() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(6)
    class SelfAssessment extends SelfAssessmentChecks {
        SelfAssessment() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(7)
    class InvitationLinks extends InvitationLinksChecks {
        InvitationLinks() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(8)
    class Trust extends TrustChecks {
        Trust() {
            base = ApiIT.this.base();
        }
    }

    @Nested
    @Order(9)
    class InputFuzz extends InputFuzzChecks {
        InputFuzz() {
            base = ApiIT.this.base();
        }
    }
}
