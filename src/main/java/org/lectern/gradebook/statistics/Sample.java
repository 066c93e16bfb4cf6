package org.lectern.gradebook.statistics;

import java.util.Arrays;

/** Sample moments over attempts, with n − 1 in the denominator as Moodle uses them. */
final class Sample {

    private Sample() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Sample covariance; the caller makes sure there are at least two values. */
    static double covariance(double[] a, double[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }
        return sum / (a.length - 1);
    }

    static double variance(double[] values) {
        return covariance(values, values);
    }

    /** The largest covariance two lists with these values can have: both sorted the same way. */
    static double maximumCovariance(double[] a, double[] b) {
        double[] sortedA = a.clone();
        double[] sortedB = b.clone();
        Arrays.sort(sortedA);
        Arrays.sort(sortedB);
        return covariance(sortedA, sortedB);
    }

    /**
     * Whether a second moment is zero but for rounding: marks like 0.1 give a mean that is off in the last bit, and
     * dividing by such a residue would turn "no spread" into a huge number.
     */
    static boolean nearlyZero(double moment, double scale) {
        return Math.abs(moment) <= 1e-12 * Math.max(1, scale * scale);
    }
}
