package org.lectern.gradebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The worked example: 7 attempts at 4 one-mark questions, with the figures Moodle's formulas give for it. Per
 * question to 2 decimals, for the quiz to 4 (the percentages were published with 2).
 */
class ItemAnalysisReferenceTest {

    private static final Offset<Double> TWO_DECIMALS = within(0.005);
    private static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    private final ItemAnalysis analysis = ItemAnalysis.of(Attempts.firstAttempts(
            new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 0}, new int[] {1, 1, 0, 0}, new int[] {1, 0, 1, 0},
            new int[] {1, 0, 0, 0}, new int[] {0, 1, 0, 0}, new int[] {0, 0, 0, 1}));

    @Test
    void facilityIsTheMeanMarkAsAPercentageOfTheMaximum() {
        assertColumn(QuestionStatistics::facility, 71.43, 57.14, 42.86, 28.57);
    }

    @Test
    void standardDeviationUsesTheSampleVarianceAsAPercentageOfTheMaximum() {
        assertColumn(QuestionStatistics::standardDeviation, 48.80, 53.45, 53.45, 48.80);
    }

    @Test
    void discriminationIndexCorrelatesEachQuestionWithTheRestOfTheTest() {
        assertColumn(QuestionStatistics::discriminationIndex, 20.52, 9.13, 50.95, -13.16);
    }

    @Test
    void discriminativeEfficiencyComparesTheCovarianceWithTheLargestPossible() {
        assertColumn(QuestionStatistics::discriminativeEfficiency, 36.36, 12.50, 56.25, -16.67);
    }

    @Test
    void effectiveWeightsShareOneHundredPercent() {
        assertColumn(QuestionStatistics::effectiveWeight, 25.43, 25.43, 31.15, 17.98);
        double sum = analysis.questions().stream().mapToDouble(q -> q.effectiveWeight().value()).sum();
        assertThat(sum).isCloseTo(100, within(1e-9));
    }

    @Test
    void everyQuestionWasInAllSevenAttempts() {
        assertThat(analysis.questions()).extracting(QuestionStatistics::attempts).containsExactly(7, 7, 7, 7);
        assertThat(analysis.questions()).extracting(QuestionStatistics::questionId)
                .containsExactly("q1", "q2", "q3", "q4");
    }

    @Test
    void questionsWithLowEfficiencyAreFlaggedAndTheOthersAreNot() {
        assertThat(analysis.question("q1").orElseThrow().flags()).isEmpty();
        assertThat(analysis.question("q2").orElseThrow().flags()).containsExactly(QuestionFlag.POOR_DISCRIMINATION);
        assertThat(analysis.question("q3").orElseThrow().flags()).isEmpty();
        assertThat(analysis.question("q4").orElseThrow().flags()).containsExactly(QuestionFlag.POOR_DISCRIMINATION);
    }

    @Test
    void quizFiguresMatchMoodle() {
        var quiz = analysis.quiz();
        assertThat(quiz.attempts()).isEqualTo(7);
        assertThat(quiz.maxTotal().value()).isEqualTo(4.0);
        assertThat(quiz.mean().value()).isCloseTo(2.0, FOUR_DECIMALS);
        assertThat(quiz.median().value()).isEqualTo(2.0);
        assertThat(quiz.standardDeviation().value()).isCloseTo(1.1547, FOUR_DECIMALS);
        assertThat(quiz.skewness().value()).isCloseTo(0.9093, FOUR_DECIMALS);
        assertThat(quiz.kurtosis().value()).isCloseTo(-0.15, FOUR_DECIMALS);
        assertThat(quiz.coefficientOfInternalConsistency().value()).isCloseTo(28.57, TWO_DECIMALS);
        assertThat(quiz.errorRatio().value()).isCloseTo(84.52, TWO_DECIMALS);
        assertThat(quiz.standardError().value()).isCloseTo(0.9759, FOUR_DECIMALS);
    }

    @Test
    void theOrderOfAttemptsAndOfQuestionsWithinThemDoesNotChangeAnyFigure() {
        var attempts = Attempts.firstAttempts(
                new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 0}, new int[] {1, 1, 0, 0}, new int[] {1, 0, 1, 0},
                new int[] {1, 0, 0, 0}, new int[] {0, 1, 0, 0}, new int[] {0, 0, 0, 1});
        var shuffled = new ArrayList<ScoredAttempt>();
        for (var attempt : attempts.reversed()) {
            var responses = new ArrayList<>(attempt.responses());
            Collections.rotate(responses, (int) attempt.attemptId());
            shuffled.add(new ScoredAttempt(attempt.attemptId(), attempt.studentId(), 1, attempt.submittedAt(), responses));
        }

        var again = ItemAnalysis.of(shuffled);

        for (var question : analysis.questions()) {
            var other = again.question(question.questionId()).orElseThrow();
            assertThat(other.discriminationIndex().value())
                    .isCloseTo(question.discriminationIndex().value(), within(1e-9));
            assertThat(other.effectiveWeight().value()).isCloseTo(question.effectiveWeight().value(), within(1e-9));
        }
        assertThat(again.quiz().coefficientOfInternalConsistency().value())
                .isCloseTo(analysis.quiz().coefficientOfInternalConsistency().value(), within(1e-9));
    }

    private void assertColumn(Function<QuestionStatistics, Stat> column, double... expected) {
        List<Double> actual = analysis.questions().stream().map(column).map(Stat::value).toList();
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("q%d", i + 1).isCloseTo(expected[i], TWO_DECIMALS);
        }
    }
}
