package org.parindex.survey.questionnaire.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignStatus;
import org.parindex.survey.fakes.Entities;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.shipped.ShippedData;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.Units;

class AnswerSheetsTest {

    /** Units that count how often the campaign's units are read. */
    private static final class CountingUnits implements Units {
        int reads;

        @Override
        public Map<String, Unit> byCode(long campaignId) {
            reads++;
            return Map.of();
        }

        @Override
        public void add(Unit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Unit> find(long campaignId, String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Unit> list(long campaignId, UnitFilter filter, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(long campaignId, UnitFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeAll(long campaignId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Long> countByLevel(long campaignId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void pastSetUpASheetIsBuiltOncePerGroupHomeUnitAndOffice() {
        CountingUnits units = new CountingUnits();
        AnswerSheets sheets = new AnswerSheets(new ShippedData(), units);
        Campaign open = Entities.campaign(3, CampaignStatus.OPEN);
        Respondent a = Entities.respondent(7, open);
        Respondent b = Entities.respondent(8, open);
        assertThat(sheets.of(a)).isSameAs(sheets.of(b)).isSameAs(sheets.of(a));
        assertThat(units.reads).isEqualTo(1);
        Respondent other = Entities.respondent(9, Entities.campaign(4, CampaignStatus.OPEN));
        assertThat(sheets.of(other).campaignId()).isEqualTo(4);
        assertThat(units.reads).isEqualTo(2);
    }

    @Test
    void whileTheCampaignIsSetUpEverySheetIsBuiltAnew() {
        CountingUnits units = new CountingUnits();
        AnswerSheets sheets = new AnswerSheets(new ShippedData(), units);
        Respondent r = Entities.respondent(7, Entities.campaign(3, CampaignStatus.DRAFT));
        sheets.of(r);
        sheets.of(r);
        assertThat(units.reads).isEqualTo(2);
    }
}
