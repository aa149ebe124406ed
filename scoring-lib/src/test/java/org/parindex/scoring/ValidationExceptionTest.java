package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void carriesAndListsEveryProblem() {
        ValidationException e = new ValidationException("scores.csv", List.of(
                Problem.of("unit SO_X, item 9.9", "no such criterion").at("scores.csv", 5),
                Problem.of("unit SO_X, item 1.1", "is given twice").at("scores.csv", 7)));

        assertThat(e.problems()).hasSize(2);
        assertThat(e).hasMessage("2 problems in scores.csv:\n"
                + "  scores.csv:5: unit SO_X, item 9.9: no such criterion\n"
                + "  scores.csv:7: unit SO_X, item 1.1: is given twice");
    }

    @Test
    void needsAtLeastOneProblem() {
        assertThatThrownBy(() -> new ValidationException("x", List.of()))
                .hasMessage("a ValidationException needs at least one problem");
    }
}
