package org.parindex.survey.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parindex.survey.campaign.application.CampaignService;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.shipped.ShippedData.ShippedPlan;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.Contact;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.Deadlines;
import org.parindex.survey.platform.persistence.StartUpLock;
import org.parindex.survey.respondent.application.RespondentService;
import org.parindex.survey.tabular.ImportReport;
import org.parindex.survey.tabular.CsvCells;

/**
 * The demo campaign: the Hải Dương 2023 sample plan with its 265 units and 510 synthetic respondents, so that a
 * newcomer sees something real at once. Created only into an empty database, once: instances starting together on
 * one database take the demo's {@link StartUpLock} first, so the second waits for the first and then finds its
 * campaign. The respondents go through the same import as a secretariat's file.
 */
@ApplicationScoped
public class DemoCampaign {

    /** The shipped plan the demo is made from. */
    public static final String PLAN = "haiduong-2023";

    /** The demo campaign's name: with {@link #PLAN}, what tells it from the real ones. */
    public static final String NAME = "Chỉ số CCHC năm 2023 — tỉnh Hải Dương (dữ liệu mẫu)";

    private Campaigns campaigns;
    private CampaignService campaignService;
    private RespondentService respondentService;
    private ShippedData plans;
    private StartUpLock lock;
    private Logger log;

    DemoCampaign() {
        // for the CDI proxy
    }

    @Inject
    public DemoCampaign(Campaigns campaigns, CampaignService campaignService, RespondentService respondentService,
                        ShippedData plans, StartUpLock lock, Logger log) {
        this.campaigns = campaigns;
        this.campaignService = campaignService;
        this.respondentService = respondentService;
        this.plans = plans;
        this.lock = lock;
        this.log = log;
    }

    /** Made up, like the respondents: a phone of zeros and an address that can never receive mail. */
    static final Contact CONTACT = new Contact("Tổ thư ký Chỉ số CCHC — Sở Nội vụ tỉnh Hải Dương (dữ liệu mẫu)",
            "0220 0000 000", "tothuky@example.invalid");

    /** Creates the demo campaign when there is no campaign at all; returns it if it did. */
    @Transactional
    public Optional<Campaign> createIfEmpty() {
        lock.take(StartUpLock.DEMO_CAMPAIGN);
        if (!campaigns.none()) {
            log.info("Demo campaign not created: the database already has campaigns");
            return Optional.empty();
        }
        ShippedPlan shipped = plans.samplePlan(PLAN).orElseThrow(() -> new IllegalStateException(
                "sample plan " + PLAN + " is not on the class path (questionnaires module)"));
        // the dates of the plan's timeline: survey in December 2023, self-assessments by 10 January 2024
        Campaign campaign = campaignService.create(new CampaignService.NewCampaign(PLAN, NAME,
                Deadlines.fromPlan(shipped.plan()), true));
        campaignService.changeContact(campaign.id(), CONTACT);
        List<SyntheticRespondents.Person> people = SyntheticRespondents.forPlan(shipped.plan(), shipped.units());
        ImportReport report = respondentService.importFile(campaign.id(), csv(people), false);
        log.info(() -> "Created demo campaign " + campaign.id() + " with " + report.created() + " respondents");
        return Optional.of(campaign);
    }

    /**
     * Whether {@code campaign} is the demo campaign (made from {@link #PLAN} and still named {@link #NAME}): the
     * only one that simulated answers may fill.
     */
    public static boolean isDemo(Campaign campaign) {
        return NAME.equals(campaign.name()) && campaign.planCode().filter(PLAN::equals).isPresent();
    }

    /** The people as a respondents CSV, the format secretariats import. */
    static byte[] csv(List<SyntheticRespondents.Person> people) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("full_name", "position",
                "organisation", "email", "phone", "group", "home_unit", "office").get())) {
            for (SyntheticRespondents.Person p : people) {
                CsvCells.printRow(csv, p.fullName(), p.position(), p.organisation(), p.email(), p.phone(), p.group(),
                        p.homeUnit(), p.office());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
