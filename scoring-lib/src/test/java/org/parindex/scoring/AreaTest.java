package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void leavesAndMaxComeFromTheCriteria() {
        Area a = Area.of("1", "Chỉ đạo", Criterion.leaf(Leaf.appraised("1.1", "", d("1"))),
                Criterion.of("1.2", "", null, List.of(Leaf.appraised("1.2.1", "", d("1.5")),
                        Leaf.survey("1.2.2", "", d("2.5"), "ABCD"))));

        assertThat(a.leaves()).extracting(Leaf::code).containsExactly("1.1", "1.2.1", "1.2.2");
        assertThat(a.maxPoints()).isEqualByComparingTo("5");
        assertThat(a.declaredMax()).isEmpty();
    }

    @Test
    void needsAtLeastOneCriterion() {
        assertThatThrownBy(() -> new Area("1", "Chỉ đạo", null, List.of())).hasMessage("area 1 has no criteria");
    }
}
