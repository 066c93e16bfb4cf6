package org.lectern.gradebook.statistics;

/**
 * Statistics of the attempt totals (sum of marks) over the counted attempts, in marks as Moodle computes them.
 *
 * @param attempts             number of counted attempts
 * @param maxTotal             the most an attempt could score, when every counted attempt shares it
 * @param coefficientOfInternalConsistency percent: 100 · P/(P − 1) · (1 − Σ V(xᵢ) / V(X)), Cronbach's alpha
 * @param errorRatio           percent: 100 · √(1 − CIC/100)
 * @param standardError        marks: error ratio / 100 × standard deviation
 */
public record QuizStatistics(int attempts, Stat maxTotal, Stat mean, Stat median, Stat standardDeviation,
                             Stat skewness, Stat kurtosis, Stat coefficientOfInternalConsistency, Stat errorRatio,
                             Stat standardError) {
}
