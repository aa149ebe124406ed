package org.parindex.survey.selfassessment.application;

import java.util.List;
import org.parindex.scoring.Assessment;
import org.parindex.survey.fakes.SelfAssessmentWorld;

/** Lets the appraisal tests start from the self-assessment of {@link SelfAssessmentServiceTest}. */
public final class SelfAssessmentServiceTestAccess {

    private SelfAssessmentServiceTestAccess() {
    }

    public static void selfAssessAll(SelfAssessmentWorld world) {
        SelfAssessmentServiceTest.selfAssessAll(world);
    }

    public static List<Assessment> examples() {
        return SelfAssessmentServiceTest.examples();
    }
}
