package org.lectern.gradebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.gradebook.statistics.Attempts.attempt;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptSelectionTest {

    // Student 1: 1 of 3 first, then 3 of 3 twice. Student 2: a single attempt. Given out of order on purpose.
    private final List<ScoredAttempt> attempts = List.of(
            attempt(12, 1, 2, 1, 1, 1),
            attempt(20, 2, 1, 0, 1, 0),
            attempt(13, 1, 3, 1, 1, 1),
            attempt(11, 1, 1, 1, 0, 0));

    @Test
    void firstCountsEachStudentsLowestNumberedAttempt() {
        assertThat(ids(AttemptSelection.FIRST)).containsExactly(20L, 11L);
    }

    @Test
    void lastCountsEachStudentsHighestNumberedAttempt() {
        assertThat(ids(AttemptSelection.LAST)).containsExactly(20L, 13L);
    }

    @Test
    void highestCountsTheBestScoreAndTheEarlierOfTwoEqualOnes() {
        assertThat(ids(AttemptSelection.HIGHEST)).containsExactly(12L, 20L);
    }

    @Test
    void allCountsEveryAttempt() {
        assertThat(ids(AttemptSelection.ALL)).containsExactly(12L, 20L, 13L, 11L);
    }

    @Test
    void theAnalysisCountsFirstAttemptsUnlessToldOtherwise() {
        var byDefault = ItemAnalysis.of(attempts);
        var highest = ItemAnalysis.of(attempts, AttemptSelection.HIGHEST);

        assertThat(byDefault.selection()).isEqualTo(AttemptSelection.FIRST);
        assertThat(byDefault.quiz().attempts()).isEqualTo(2);
        assertThat(byDefault.quiz().mean().value()).isEqualTo(1.0);
        assertThat(highest.quiz().mean().value()).isEqualTo(2.0);
        assertThat(ItemAnalysis.of(attempts, AttemptSelection.ALL).quiz().attempts()).isEqualTo(4);
    }

    private List<Long> ids(AttemptSelection selection) {
        return selection.select(attempts).stream().map(ScoredAttempt::attemptId).toList();
    }
}
