package org.lectern.gradebook.chart;

/** A count axis with round steps (1, 2, 5, 10, 20, ...) and at most five of them. */
record AxisScale(int max, int step) {

    static AxisScale forCounts(int largest) {
        int step = 1;
        while (Math.ceilDiv(Math.max(largest, 1), step) > 5) {
            step = nextStep(step);
        }
        return new AxisScale(Math.ceilDiv(Math.max(largest, 1), step) * step, step);
    }

    private static int nextStep(int step) {
        String digits = Integer.toString(step);
        return switch (digits.charAt(0)) {
            case '1' -> step * 2;
            case '2' -> step / 2 * 5;
            default -> step * 2;
        };
    }
}
