package org.lectern.gradebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lectern.gradebook.statistics.Attempts.attempt;
import static org.lectern.gradebook.statistics.Attempts.firstAttempts;
import static org.lectern.gradebook.statistics.Attempts.response;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the statistics say when the data cannot support a figure: undefined with a reason, never NaN or 0. */
class ItemAnalysisEdgeCasesTest {

    @Test
    void withNoAttemptsEveryQuizFigureIsUndefinedAndThereAreNoQuestions() {
        var analysis = ItemAnalysis.of(List.of());

        assertThat(analysis.questions()).isEmpty();
        assertThat(analysis.quiz().attempts()).isZero();
        assertThat(analysis.quiz().mean()).isEqualTo(Stat.undefined("no attempts yet"));
        assertThat(analysis.quiz().standardError().isDefined()).isFalse();
    }

    @Test
    void oneAttemptGivesFacilityMeanAndMedianButNothingThatNeedsASpread() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {1, 0, 1}));

        var question = analysis.question("q1").orElseThrow();
        assertThat(question.facility().value()).isEqualTo(100.0);
        assertThat(question.standardDeviation()).isEqualTo(Stat.undefined("needs at least 2 attempts"));
        assertThat(question.discriminationIndex().isDefined()).isFalse();
        assertThat(question.discriminativeEfficiency().isDefined()).isFalse();
        assertThat(question.effectiveWeight().isDefined()).isFalse();
        var quiz = analysis.quiz();
        assertThat(quiz.mean().value()).isEqualTo(2.0);
        assertThat(quiz.median().value()).isEqualTo(2.0);
        assertThat(quiz.standardDeviation().isDefined()).isFalse();
        assertThat(quiz.skewness().isDefined()).isFalse();
        assertThat(quiz.coefficientOfInternalConsistency().isDefined()).isFalse();
    }

    @Test
    void whenEveryoneIsRightTheSpreadIsAMeasuredZeroAndTheCorrelationsAreUndefined() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1},
                new int[] {1, 1}));

        var question = analysis.question("q1").orElseThrow();
        assertThat(question.facility().value()).isEqualTo(100.0);
        assertThat(question.standardDeviation()).isEqualTo(Stat.of(0));
        assertThat(question.discriminationIndex())
                .isEqualTo(Stat.undefined("every attempt got the same mark on this question"));
        assertThat(question.discriminativeEfficiency().isDefined()).isFalse();
        assertThat(question.effectiveWeight()).isEqualTo(Stat.undefined("no question's mark varies with the total"));
        assertThat(question.flags()).containsExactly(QuestionFlag.TOO_EASY);
        var quiz = analysis.quiz();
        assertThat(quiz.standardDeviation()).isEqualTo(Stat.of(0));
        assertThat(quiz.skewness()).isEqualTo(Stat.undefined("every attempt has the same score"));
        assertThat(quiz.kurtosis().isDefined()).isFalse();
        assertThat(quiz.coefficientOfInternalConsistency().isDefined()).isFalse();
        assertThat(quiz.errorRatio().isDefined()).isFalse();
    }

    @Test
    void whenEveryoneIsWrongTheQuestionIsFlaggedTooHard() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {0, 1}, new int[] {0, 0}, new int[] {0, 1}));

        var question = analysis.question("q1").orElseThrow();
        assertThat(question.facility().value()).isEqualTo(0.0);
        assertThat(question.flags()).containsExactly(QuestionFlag.TOO_HARD);
        assertThat(question.discriminationIndex().isDefined()).isFalse();
        assertThat(analysis.question("q2").orElseThrow().facility().value()).isCloseTo(66.67, within(0.005));
    }

    @Test
    void twoPerfectlyCorrelatedQuestionsDiscriminatePerfectlyAndAreFullyConsistent() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1},
                new int[] {0, 0}, new int[] {1, 1}));

        for (var question : analysis.questions()) {
            assertThat(question.discriminationIndex().value()).isCloseTo(100, within(1e-9));
            assertThat(question.discriminativeEfficiency().value()).isCloseTo(100, within(1e-9));
            assertThat(question.effectiveWeight().value()).isCloseTo(50, within(1e-9));
        }
        var quiz = analysis.quiz();
        assertThat(quiz.coefficientOfInternalConsistency().value()).isCloseTo(100, within(1e-9));
        assertThat(quiz.errorRatio().value()).isCloseTo(0, within(1e-6));
        assertThat(quiz.standardError().value()).isCloseTo(0, within(1e-6));
    }

    @Test
    void aQuizOfOneQuestionHasNoInternalConsistencyAndNoRestToDiscriminateAgainst() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {1}, new int[] {0}, new int[] {1}));

        assertThat(analysis.quiz().coefficientOfInternalConsistency())
                .isEqualTo(Stat.undefined("needs at least 2 questions"));
        assertThat(analysis.question("q1").orElseThrow().discriminationIndex())
                .isEqualTo(Stat.undefined("the rest of the test gave every attempt the same mark"));
    }

    @Test
    void skewnessNeedsThreeAttemptsAndKurtosisFour() {
        var two = ItemAnalysis.of(firstAttempts(new int[] {1, 0}, new int[] {0, 0})).quiz();
        var three = ItemAnalysis.of(firstAttempts(new int[] {1, 0}, new int[] {0, 0}, new int[] {1, 1})).quiz();

        assertThat(two.standardDeviation().isDefined()).isTrue();
        assertThat(two.skewness()).isEqualTo(Stat.undefined("needs at least 3 attempts"));
        assertThat(three.skewness().isDefined()).isTrue();
        assertThat(three.kurtosis()).isEqualTo(Stat.undefined("needs at least 4 attempts"));
        assertThat(three.coefficientOfInternalConsistency().isDefined()).isTrue();
    }

    @Test
    void aQuestionWithNegativeCovarianceWithTheTotalHasNoEffectiveWeight() {
        var analysis = ItemAnalysis.of(firstAttempts(new int[] {1, 1, 0}, new int[] {1, 1, 0}, new int[] {0, 0, 1},
                new int[] {0, 0, 1}, new int[] {1, 0, 0}));

        assertThat(analysis.question("q3").orElseThrow().effectiveWeight())
                .isEqualTo(Stat.undefined("negative covariance with the total"));
        double others = analysis.question("q1").orElseThrow().effectiveWeight().value()
                + analysis.question("q2").orElseThrow().effectiveWeight().value();
        assertThat(others).as("the weights left out the negative one").isCloseTo(100, within(1e-9));
    }

    @Test
    void aQuestionInARandomSubsetIsAnalysedOnlyOverTheAttemptsThatContainedIt() {
        var attempts = List.of(
                attempt(1, List.of(response("a", 1), response("b", 1))),
                attempt(2, List.of(response("b", 0), response("c", 1))),
                attempt(3, List.of(response("c", 0), response("a", 0))),
                attempt(4, List.of(response("a", 1), response("c", 1))),
                attempt(5, List.of(response("b", 1), response("a", 0))));

        var analysis = ItemAnalysis.of(attempts);

        var a = analysis.question("a").orElseThrow();
        assertThat(a.attempts()).isEqualTo(4);
        assertThat(a.facility().value()).isEqualTo(50.0);
        // a's marks 1,0,1,0 against the rest of those attempts 1,0,1,1: r = 0.5774.
        assertThat(a.discriminationIndex().value()).isCloseTo(57.735, within(0.001));
        assertThat(analysis.question("b").orElseThrow().attempts()).isEqualTo(3);
        // Every attempt held 2 questions, so the 2 positions are the slots, as with Moodle's random questions.
        assertThat(analysis.quiz().coefficientOfInternalConsistency().isDefined()).isTrue();
    }

    @Test
    void attemptsOfDifferentLengthsHaveNoInternalConsistency() {
        var attempts = List.of(
                attempt(1, List.of(response("a", 1), response("b", 1))),
                attempt(2, List.of(response("a", 0))),
                attempt(3, List.of(response("a", 1), response("b", 0))));

        var quiz = ItemAnalysis.of(attempts).quiz();

        assertThat(quiz.coefficientOfInternalConsistency())
                .isEqualTo(Stat.undefined("attempts held different numbers of questions"));
        assertThat(quiz.maxTotal()).isEqualTo(Stat.undefined("attempts were worth different totals"));
        assertThat(quiz.skewness().isDefined()).isTrue();
    }

    @Test
    void optionsNobodyChoseAreCountedAsZeroAndBlanksSeparately() {
        var attempts = List.of(
                attempt(1, List.of(new ScoredResponse("a", 1, 1, OptionalInt.of(0), 4))),
                attempt(2, List.of(new ScoredResponse("a", 0, 1, OptionalInt.of(2), 4))),
                attempt(3, List.of(new ScoredResponse("a", 0, 1, OptionalInt.of(2), 4))),
                attempt(4, List.of(new ScoredResponse("a", 0, 1, OptionalInt.empty(), 4))));

        var question = ItemAnalysis.of(attempts).question("a").orElseThrow();

        assertThat(question.optionCounts()).containsExactly(1, 0, 2, 0);
        assertThat(question.noAnswer()).isEqualTo(1);
    }

    @Test
    void marksOtherThanWholeOnesAreScaledByTheMaximumMark() {
        var attempts = List.of(
                attempt(1, List.of(new ScoredResponse("a", 0.5, 2, OptionalInt.empty()), response("b", 1))),
                attempt(2, List.of(new ScoredResponse("a", 2, 2, OptionalInt.empty()), response("b", 0))));

        var question = ItemAnalysis.of(attempts).question("a").orElseThrow();

        assertThat(question.facility().value()).isEqualTo(62.5);
        assertThat(question.standardDeviation().value()).isCloseTo(53.033, within(0.001));
    }

    @Test
    void aQuestionWorthDifferentMarksInDifferentAttemptsIsRefused() {
        var attempts = List.of(
                attempt(1, List.of(new ScoredResponse("a", 1, 1, OptionalInt.empty()))),
                attempt(2, List.of(new ScoredResponse("a", 1, 2, OptionalInt.empty()))));

        assertThatThrownBy(() -> ItemAnalysis.of(attempts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Question a is worth 1.0");
    }

    @Test
    void badInputIsRefusedWithAMessageThatNamesIt() {
        assertThatThrownBy(() -> ItemAnalysis.of(List.of(attempt(1, 1, 1, 1), attempt(1, 2, 1, 0))))
                .hasMessage("Attempt 1 is given twice.");
        assertThatThrownBy(() -> response("a", 1.5)).hasMessageContaining("outside 0 to 1.0");
        assertThatThrownBy(() -> response("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attempt(1, List.of(response("a", 1), response("a", 0))))
                .hasMessageContaining("holds question a twice");
    }

    @Test
    void randomDataNeverProducesAnythingButNumbersOrReasons() {
        var random = new Random(20260302);
        for (int run = 0; run < 2_000; run++) {
            int students = 1 + random.nextInt(7);
            int questions = 1 + random.nextInt(4);
            var rows = new int[students][questions];
            for (var row : rows) {
                for (int q = 0; q < questions; q++) {
                    row[q] = random.nextInt(4) == 0 ? 0 : random.nextInt(2);
                }
            }
            // Stat.of refuses NaN and infinities, so reaching the end of the analysis is the check.
            var analysis = ItemAnalysis.of(firstAttempts(rows));
            assertThat(analysis.questions()).hasSize(questions);
        }
    }
}
