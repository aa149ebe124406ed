package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.AwardRule;
import org.parindex.scoring.Framework;
import org.parindex.scoring.ScoringMethod;

class FrameworkReaderTest {

    static final Path TOY = Path.of("src/test/resources/toy/framework.json");

    @Test
    void readsTheToyFrameworkOfTheWorkedExample() {
        Framework f = FrameworkReader.read(TOY);

        assertThat(f.code()).isEqualTo("TOY-SO");
        assertThat(f.maxPoints()).isEqualByComparingTo("15");
        assertThat(f.leaves()).extracting(l -> l.code())
                .containsExactly("1.1", "1.2", "S1", "3.1", "3.2", "3.3", "S2");
        assertThat(f.leaf("S1").orElseThrow().method()).isEqualTo(ScoringMethod.SURVEY);
        assertThat(f.scaleOf(f.leaf("S1").orElseThrow()).orElseThrow().optionCodes())
                .containsExactly("VG", "G", "F", "A", "P", "DK");
        assertThat(f.leaf("3.2").orElseThrow().rule()).isEqualTo(AwardRule.deduction(new BigDecimal("0.5")));
        assertThat(f.criterion("TTHC").orElseThrow().maxPoints()).isEqualByComparingTo("6");
        assertThat(f.surveyMaxPoints()).isEqualByComparingTo("6");
    }
}
