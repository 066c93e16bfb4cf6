package org.lectern.gradebook.statistics;

import java.util.List;
import java.util.Set;

/**
 * The item statistics of one question over the counted attempts that contained it. Every figure is a percentage,
 * as Moodle's report shows it.
 *
 * @param attempts                 how many counted attempts contained the question
 * @param facility                 mean mark as a percentage of the maximum mark
 * @param standardDeviation        sample standard deviation of the mark, as a percentage of the maximum mark
 * @param discriminationIndex      100 × correlation of the mark with the rest of the test (total minus this mark)
 * @param discriminativeEfficiency 100 × Cov(x, X − x) over the largest covariance the two sorted mark lists allow
 * @param effectiveWeight          √Cov(x, X) as a share of the sum of √Cov over all questions whose covariance with
 *                                 the total is not negative; undefined for a question whose covariance is negative
 * @param optionCounts             how many counted attempts chose each option, by option index
 * @param noAnswer                 how many counted attempts left the question unanswered
 */
public record QuestionStatistics(String questionId, double maxMark, int attempts, Stat facility,
                                 Stat standardDeviation, Stat discriminationIndex, Stat discriminativeEfficiency,
                                 Stat effectiveWeight, List<Integer> optionCounts, int noAnswer,
                                 Set<QuestionFlag> flags) {

    public QuestionStatistics {
        optionCounts = List.copyOf(optionCounts);
        flags = Set.copyOf(flags);
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }
}
