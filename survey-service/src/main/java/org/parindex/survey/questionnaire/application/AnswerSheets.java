package org.parindex.survey.questionnaire.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.SurveyForm;
import org.parindex.survey.campaign.domain.Campaign;
import org.parindex.survey.campaign.domain.CampaignLevel;
import org.parindex.survey.campaign.domain.GroupForm;
import org.parindex.survey.campaign.domain.SampleGroup;
import org.parindex.survey.questionnaire.domain.AnswerSheet;
import org.parindex.survey.questionnaire.domain.RatedUnit;
import org.parindex.survey.questionnaire.domain.RatedUnits;
import org.parindex.survey.questionnaire.domain.SheetForm;
import org.parindex.survey.respondent.domain.Respondent;
import org.parindex.survey.unit.domain.Unit;
import org.parindex.survey.unit.domain.UnitOrder;
import org.parindex.survey.unit.domain.Units;
import org.parindex.survey.shipped.ShippedData;

/**
 * Builds a respondent's {@link AnswerSheet}: the forms of their group in the group's order, each from the shipped
 * questionnaire and the framework of its rated level in the campaign, with the units the form's scope gives this
 * respondent (by home unit and, for groups registered by office, office), in {@link UnitOrder} (Vietnamese
 * alphabetical order of their names, so that a person finds a unit quickly).
 */
@ApplicationScoped
public class AnswerSheets {

    /**
     * Sheets of campaigns past set-up kept at the most: a province's campaign has a few hundred distinct ones (most
     * groups one each; commune chairmen one per commune), each some tens of kilobytes.
     */
    private static final int MAX_SHEETS = 1_000;

    private ShippedData catalog;
    private Units units;
    private final Map<SheetKey, AnswerSheet> built = new ConcurrentHashMap<>();

    AnswerSheets() {
        // for the CDI proxy
    }

    @Inject
    public AnswerSheets(ShippedData catalog, Units units) {
        this.catalog = catalog;
        this.units = units;
    }

    /**
     * The sheet of {@code respondent}.
     *
     * @throws IllegalStateException when the campaign names a questionnaire or framework that is not shipped
     */
    public AnswerSheet of(Respondent respondent) {
        return of(respondent.group(), respondent.homeUnit().orElse(null), respondent.office().orElse(null));
    }

    /**
     * The blank sheet of {@code group}, as printed for paper: forms whose scope depends on the respondent's own unit
     * or office ({@code OWN_UNIT}, {@code COUNTERPART}, {@code OFFICE_COUNTERPARTS}) have no units; the respondent
     * writes theirs in.
     */
    public AnswerSheet blank(SampleGroup group) {
        return of(group, null, null);
    }

    private AnswerSheet of(SampleGroup group, Unit homeUnit, String office) {
        Campaign campaign = group.campaign();
        if (campaign.status().setUpEditable()) {
            return build(group, homeUnit, office); // units, groups and levels may still change
        }
        // Past set-up a campaign's units, groups, forms and levels no longer change, and the shipped questionnaires
        // and frameworks never do: the sheet depends on the key alone. Building it read and sorted every unit of
        // the campaign for each of the respondent's requests (issue 12).
        SheetKey key = new SheetKey(campaign.id(), group.code(), homeUnit == null ? null : homeUnit.code(), office);
        if (built.size() > MAX_SHEETS) {
            built.clear(); // sheets of past campaigns; the current ones are built again
        }
        return built.computeIfAbsent(key, k -> build(group, homeUnit, office));
    }

    private AnswerSheet build(SampleGroup group, Unit homeUnit, String office) {
        Campaign campaign = group.campaign();
        List<org.parindex.scoring.Unit> all = UnitOrder.sorted(units.byCode(campaign.id()).values()).stream()
                .map(u -> new org.parindex.scoring.Unit(u.code(), u.name(), u.level(), u.parent().orElse(null)))
                .toList();
        org.parindex.scoring.Unit home = homeUnit == null ? null
                : new org.parindex.scoring.Unit(homeUnit.code(), homeUnit.name(), homeUnit.level(),
                homeUnit.parent().orElse(null));
        org.parindex.scoring.SampleGroup planGroup = group.asPlanGroup();
        List<SheetForm> forms = new ArrayList<>();
        for (GroupForm f : group.forms()) {
            Questionnaire questionnaire = catalog.questionnaire(f.questionnaire()).orElseThrow(() ->
                    new IllegalStateException("questionnaire " + f.questionnaire() + " of group " + group.code()
                            + " is not shipped"));
            CampaignLevel level = campaign.level(f.ratedLevel()).orElseThrow(() -> new IllegalStateException(
                    "level " + f.ratedLevel() + " of group " + group.code() + " is not in campaign " + campaign.id()));
            Framework framework = catalog.framework(level.framework()).orElseThrow(() -> new IllegalStateException(
                    "framework " + level.framework() + " of level " + level.code() + " is not shipped"));
            List<RatedUnit> rated = RatedUnits.select(planGroup,
                    new SurveyForm(f.questionnaire(), f.ratedLevel(), f.scope()), all, home, office);
            forms.add(SheetForm.of(questionnaire, framework, level.name(), f.scope(), rated));
        }
        forms.sort(Comparator.comparingInt(form -> levelOrder(campaign, form.ratedLevel())));
        return new AnswerSheet(campaign.id(), group.code(), forms);
    }

    private static int levelOrder(Campaign campaign, String level) {
        List<CampaignLevel> levels = campaign.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(level)) {
                return i;
            }
        }
        return levels.size();
    }

    private record SheetKey(long campaignId, String group, String homeUnit, String office) {
    }
}
