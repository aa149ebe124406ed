package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parindex.scoring.WorkedExample.d;

import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionTest {

    @Test
    void criterionWithoutSubCriteriaIsItsOwnLeaf() {
        Leaf leaf = Leaf.appraised("1.1", "Kế hoạch", d("1"));
        Criterion c = Criterion.leaf(leaf);

        assertThat(c.isLeaf()).isTrue();
        assertThat(c.asLeaf()).contains(leaf);
        assertThat(c.leaves()).containsExactly(leaf);
        assertThat(c.subCriteria()).isEmpty();
        assertThat(c.code()).isEqualTo("1.1");
        assertThat(c.maxPoints()).isEqualByComparingTo("1");
    }

    @Test
    void maxIsTheSumOfTheSubCriteriaWithoutBonus() {
        Criterion c = Criterion.of("1.2", "Thực hiện", d("3"), List.of(Leaf.appraised("1.2.1", "", d("2")),
                Leaf.survey("1.2.2", "", d("1"), "ABCD"), Leaf.bonus("1.2.3", "", d("5"))));

        assertThat(c.isLeaf()).isFalse();
        assertThat(c.maxPoints()).isEqualByComparingTo("3");
        assertThat(c.declaredMaxPoints()).contains(d("3"));
    }

    @Test
    void maxOfOnlyBonusSubCriteriaIsTheirSum() {
        Criterion c = Criterion.of("T", "Thưởng", null, List.of(Leaf.bonus("T.1", "", d("1")),
                Leaf.bonus("T.2", "", d("0.5"))));

        assertThat(c.maxPoints()).isEqualByComparingTo("1.5");
    }

    @Test
    void needsAtLeastOneSubCriterion() {
        assertThatThrownBy(() -> Criterion.of("1.2", "", null, List.of()))
                .hasMessage("criterion 1.2 has no sub-criteria");
    }
}
