package org.lectern.gradebook.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Statistics of the attempt totals, with the same conditions as Moodle's quiz calculator: the standard deviation
 * from 2 attempts, skewness and the internal-consistency figures from 3, kurtosis from 4, and none of the last
 * four when every attempt scored the same.
 */
final class QuizCalculator {

    static final String NO_ATTEMPTS = "no attempts yet";
    static final String SAME_SCORE = "every attempt has the same score";

    private QuizCalculator() {
    }

    static QuizStatistics calculate(List<ScoredAttempt> counted) {
        int s = counted.size();
        if (s == 0) {
            Stat none = Stat.undefined(NO_ATTEMPTS);
            return new QuizStatistics(0, none, none, none, none, none, none, none, none, none);
        }
        double[] totals = counted.stream().mapToDouble(ScoredAttempt::total).toArray();
        double mean = Sample.mean(totals);
        Stat sd = Stat.undefined(QuestionCalculator.ONE_ATTEMPT);
        Stat skewness = Stat.undefined("needs at least 3 attempts");
        Stat kurtosis = Stat.undefined("needs at least 4 attempts");
        Stat cic = Stat.undefined("needs at least 3 attempts");
        Stat errorRatio = cic;
        Stat standardError = cic;
        if (s > 1) {
            double power2 = 0;
            double power3 = 0;
            double power4 = 0;
            for (double total : totals) {
                double d = total - mean;
                power2 += d * d;
                power3 += d * d * d;
                power4 += d * d * d * d;
            }
            double scale = Arrays.stream(totals).map(Math::abs).max().orElse(1);
            boolean noSpread = Sample.nearlyZero(power2, scale);
            sd = Stat.of(noSpread ? 0 : Math.sqrt(power2 / (s - 1)));
            if (s > 2 && noSpread) {
                skewness = kurtosis = cic = errorRatio = standardError = Stat.undefined(SAME_SCORE);
            } else if (s > 2) {
                // k-statistics from the central moments, as in Moodle's "Quiz statistics calculations".
                double m2 = power2 / s;
                double m3 = power3 / s;
                double m4 = power4 / s;
                double k2 = s * m2 / (s - 1);
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                skewness = Stat.of(k3 / Math.pow(k2, 1.5));
                if (s > 3) {
                    double k4 = (double) s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)
                            / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                    kurtosis = Stat.of(k4 / (k2 * k2));
                }
                cic = internalConsistency(counted, k2);
                // The total is the sum of the slots, so CIC cannot exceed 100 but by rounding: keep √ real.
                errorRatio = cic.map(c -> 100 * Math.sqrt(Math.max(0, 1 - c / 100)));
                double deviation = sd.value();
                standardError = errorRatio.map(ratio -> ratio * deviation / 100);
            }
        }
        return new QuizStatistics(s, maxTotal(counted), Stat.of(mean), Stat.of(median(totals)), sd, skewness,
                kurtosis, cic, errorRatio, standardError);
    }

    /** 100 · P/(P − 1) · (1 − Σ V(xᵢ) / V(X)) over the quiz's P slots. */
    private static Stat internalConsistency(List<ScoredAttempt> counted, double totalVariance) {
        var found = slots(counted);
        if (found.isEmpty()) {
            return Stat.undefined("attempts held different numbers of questions");
        }
        var slots = found.get();
        int p = slots.size();
        if (p < 2) {
            return Stat.undefined("needs at least 2 questions");
        }
        double sumOfVariances = 0;
        for (double[] slot : slots) {
            sumOfVariances += Sample.variance(slot);
        }
        return Stat.of(100.0 * p / (p - 1) * (1 - sumOfVariances / totalVariance));
    }

    /**
     * The marks per slot, attempt by attempt. Moodle sums the variance of each slot (position) of the quiz. When
     * every attempt holds the same questions, a slot is a question, whatever order it was shown in. When attempts
     * drew different questions (a random subset), a slot is a position, as with Moodle's random questions; that
     * needs every attempt to hold the same number of questions, otherwise there are no slots.
     */
    static Optional<List<double[]>> slots(List<ScoredAttempt> counted) {
        var first = counted.getFirst().responses();
        var questionIds = new HashSet<String>();
        first.forEach(response -> questionIds.add(response.questionId()));
        boolean sameQuestions = counted.stream().allMatch(attempt -> attempt.responses().size() == first.size()
                && attempt.responses().stream().allMatch(response -> questionIds.contains(response.questionId())));
        boolean sameCount = counted.stream().allMatch(attempt -> attempt.responses().size() == first.size());
        if (!sameCount) {
            return Optional.empty();
        }
        var slots = new ArrayList<double[]>();
        for (int slot = 0; slot < first.size(); slot++) {
            String questionId = first.get(slot).questionId();
            double[] marks = new double[counted.size()];
            for (int i = 0; i < counted.size(); i++) {
                var responses = counted.get(i).responses();
                marks[i] = sameQuestions
                        ? responses.stream().filter(r -> r.questionId().equals(questionId)).findFirst()
                                .orElseThrow().mark()
                        : responses.get(slot).mark();
            }
            slots.add(marks);
        }
        return Optional.of(slots);
    }

    private static double median(double[] totals) {
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Stat maxTotal(List<ScoredAttempt> counted) {
        double max = counted.getFirst().maxTotal();
        boolean shared = counted.stream().allMatch(attempt -> attempt.maxTotal() == max);
        return shared ? Stat.of(max) : Stat.undefined("attempts were worth different totals");
    }
}
