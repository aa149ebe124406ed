package org.parindex.survey.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.application.CampaignService.NewCampaign;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignCreated;
import org.parindex.survey.campaign.domain.CampaignDeleted;
import org.parindex.survey.campaign.domain.CampaignStatusChanged;
import org.parindex.survey.campaign.domain.Campaigns;
import org.parindex.survey.campaign.domain.RespondentCounts;
import org.parindex.survey.fakes.Audits;
import org.parindex.survey.fakes.Entities;
import org.parindex.survey.fakes.RecordedEvents;
import org.parindex.survey.shipped.ShippedData;

class CampaignServiceTest {

    private final Clock clock = Clock.fixed(Entities.NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final RecordedEvents<CampaignCreated> created = new RecordedEvents<>();
    private final RecordedEvents<CampaignStatusChanged> statusChanged = new RecordedEvents<>();
    private final RecordedEvents<CampaignDeleted> deleted = new RecordedEvents<>();
    private final Map<String, Long> respondentsByGroup = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> respondentsByOffice = new LinkedHashMap<>();
    private final RespondentCounts respondents = new RespondentCounts() {
        @Override
        public Map<String, Long> countByGroup(long campaignId) {
            return respondentsByGroup;
        }

        @Override
        public Map<String, Map<String, Long>> countByGroupAndUnit(long campaignId) {
            return Map.of();
        }

        @Override
        public Map<String, Map<String, Long>> countByGroupUnitAndOffice(long campaignId) {
            return respondentsByOffice;
        }
    };
    private final CampaignService service = new CampaignService(campaigns, new ShippedData(),
            id -> Map.of("DEPARTMENT", 18L), respondents, created, statusChanged, deleted, clock,
            Logger.getLogger("test"), new Audits(clock).trail);

    @Test
    void aNewCampaignHandsThePlansUnitsToWhoeverRegistersThemOnlyWhenAsked() {
        Campaign with = service.create(new NewCampaign("haiduong-2023", null, null, true));
        Campaign without = service.create(new NewCampaign("haiduong-2023", "Không đơn vị", null, false));
        assertThat(created.fired).extracting(CampaignCreated::campaignId).containsExactly(with.id(), without.id());
        assertThat(created.fired.get(0).planUnits()).hasSize(265);
        assertThat(created.fired.get(1).planUnits()).isEmpty();
    }

    @Test
    void deletingADraftTellsTheOthersBeforeTheCampaignGoes() {
        Campaign c = service.create(new NewCampaign("haiduong-2023", null, null, false));
        service.delete(c.id());
        assertThat(deleted.fired).containsExactly(new CampaignDeleted(c.id()));
        assertThat(campaigns.find(c.id())).isEmpty();
    }

    @Test
    void quotasAndUnitCountsComeFromThePortsTheOtherCapabilitiesAnswer() {
        Campaign c = service.create(new NewCampaign("haiduong-2023", null, null, false));
        respondentsByGroup.put("HDND_TINH", 3L);
        QuotaReport report = service.quotas(c.id());
        assertThat(report.registered()).isEqualTo(3);
        assertThat(report.quota()).isEqualTo(c.quotaTotal());
        assertThat(service.unitsByLevel(c.id())).containsEntry("DEPARTMENT", 18L);
    }

    @Test
    void theQuotaReportNamesOfficesOfADistrictWithNobodyOrTwoPeople() {
        Campaign c = service.create(new NewCampaign("haiduong-2023", null, null, false));
        respondentsByGroup.put("TRUONG_PHONG_HUYEN", 3L);
        respondentsByOffice.put("TRUONG_PHONG_HUYEN", Map.of("BINH_GIANG PHONG_TU_PHAP", 2L,
                "BINH_GIANG PHONG_NOI_VU", 1L));

        List<String> warnings = service.quotas(c.id()).groups().stream()
                .filter(l -> l.group().code().equals("TRUONG_PHONG_HUYEN")).findFirst().orElseThrow().warnings();

        assertThat(warnings).anyMatch(w -> w.startsWith("Nhóm TRUONG_PHONG_HUYEN, đơn vị BINH_GIANG: chưa có người của")
                && w.contains("Phòng Tài chính – Kế hoạch") && !w.contains("Phòng Tư pháp") && !w.contains("Phòng Y tế"));
        assertThat(warnings).contains(
                "Nhóm TRUONG_PHONG_HUYEN, đơn vị BINH_GIANG: 2 người cùng Phòng Tư pháp (mỗi phòng một người)");
        assertThat(warnings).anyMatch(w -> w.startsWith("Nhóm TRUONG_PHONG_HUYEN, đơn vị GIA_LOC: chưa có người của")
                && w.contains("Phòng Y tế"));
    }

    /** Campaigns in a list, given ids as the database would. */
    private static final class InMemoryCampaigns implements Campaigns {

        private final List<Campaign> all = new ArrayList<>();

        @Override
        public Campaign add(Campaign campaign) {
            Entities.set(campaign, "id", (long) all.size() + 1);
            all.add(campaign);
            return campaign;
        }

        @Override
        public Optional<Campaign> find(long id) {
            return all.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public List<Campaign> list(CampaignFilter filter, int offset, int limit) {
            return List.copyOf(all);
        }

        @Override
        public long count(CampaignFilter filter) {
            return all.size();
        }

        @Override
        public boolean none() {
            return all.isEmpty();
        }

        @Override
        public void remove(Campaign campaign) {
            all.remove(campaign);
        }
    }
}
