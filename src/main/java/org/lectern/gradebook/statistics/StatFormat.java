package org.lectern.gradebook.statistics;

import java.util.Locale;

/**
 * Statistics as text with Moodle's precision: percentages and marks with 2 decimals. A dot for the decimal point,
 * like the rest of Lectern's English interface.
 */
public final class StatFormat {

    /** Printed for an undefined statistic; screen readers get the word "undefined" and the reason instead. */
    public static final String UNDEFINED = "—";

    private StatFormat() {
    }

    /** "71.43%". */
    public static StatText percent(Stat stat) {
        return format(stat, 2, "%");
    }

    /** "1.15" for marks such as a mean or a standard deviation. */
    public static StatText marks(Stat stat) {
        return format(stat, 2, "");
    }

    /** A plain number with the given decimals, e.g. skewness with 4. */
    public static StatText number(Stat stat, int decimals) {
        return format(stat, decimals, "");
    }

    private static StatText format(Stat stat, int decimals, String unit) {
        return switch (stat) {
            case Stat.Defined defined -> {
                // Rounding -0.001 to two decimals must not print "-0.00".
                double rounded = Math.abs(defined.number()) < 0.5 * Math.pow(10, -decimals) ? 0 : defined.number();
                String text = String.format(Locale.ROOT, "%." + decimals + "f", rounded) + unit;
                yield new StatText(text, text, false);
            }
            case Stat.Undefined undefined -> new StatText(UNDEFINED, "undefined: " + undefined.reason(), true);
        };
    }
}
