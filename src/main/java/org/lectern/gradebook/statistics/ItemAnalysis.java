package org.lectern.gradebook.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Moodle's quiz statistics for the attempts at one quiz:
 * {@code ItemAnalysis.of(attempts, AttemptSelection.FIRST)}.
 *
 * @param selection which of each student's attempts were counted
 * @param quiz      statistics of the counted attempts' totals
 * @param questions one entry per question that appears in a counted attempt, in order of first appearance
 */
public record ItemAnalysis(AttemptSelection selection, QuizStatistics quiz, List<QuestionStatistics> questions) {

    public ItemAnalysis {
        questions = List.copyOf(questions);
    }

    /** Counts each student's first attempt, Moodle's default. */
    public static ItemAnalysis of(Collection<ScoredAttempt> attempts) {
        return of(attempts, AttemptSelection.FIRST);
    }

    /** @throws IllegalArgumentException for an attempt id given twice or a question worth different marks */
    public static ItemAnalysis of(Collection<ScoredAttempt> attempts, AttemptSelection selection) {
        var ids = new HashSet<Long>();
        for (var attempt : attempts) {
            if (!ids.add(attempt.attemptId())) {
                throw new IllegalArgumentException("Attempt " + attempt.attemptId() + " is given twice.");
            }
        }
        var counted = selection.select(attempts);
        var partials = QuestionCalculator.calculate(counted);
        return new ItemAnalysis(selection, QuizCalculator.calculate(counted), withEffectiveWeights(partials));
    }

    public Optional<QuestionStatistics> question(String questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }

    /**
     * Effective weight = 100 · √Cov(xᵢ, X) / Σ √Cov(xⱼ, X), the sum running over the questions whose covariance with
     * the total is not negative. A question with a negative covariance has no weight (Moodle prints "negative
     * covariance" instead), and nobody has a weight when that sum is 0.
     */
    private static List<QuestionStatistics> withEffectiveWeights(List<QuestionCalculator.Partial> partials) {
        double sumOfRoots = 0;
        for (var partial : partials) {
            var covariance = partial.covarianceWithTotal();
            if (covariance.isDefined() && covariance.value() >= 0) {
                sumOfRoots += Math.sqrt(covariance.value());
            }
        }
        var questions = new ArrayList<QuestionStatistics>();
        for (var partial : partials) {
            var covariance = partial.covarianceWithTotal();
            Stat weight;
            if (!covariance.isDefined()) {
                weight = covariance;
            } else if (covariance.value() < 0) {
                weight = Stat.undefined("negative covariance with the total");
            } else if (sumOfRoots == 0) {
                weight = Stat.undefined("no question's mark varies with the total");
            } else {
                weight = Stat.of(100 * Math.sqrt(covariance.value()) / sumOfRoots);
            }
            var q = partial.withoutWeight();
            questions.add(new QuestionStatistics(q.questionId(), q.maxMark(), q.attempts(), q.facility(),
                    q.standardDeviation(), q.discriminationIndex(), q.discriminativeEfficiency(), weight,
                    q.optionCounts(), q.noAnswer(), q.flags()));
        }
        return questions;
    }
}
