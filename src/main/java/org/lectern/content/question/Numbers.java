package org.lectern.content.question;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric options: their format (what surrounds the number), their value for ordering, and a changed number written
 * in the same format ("US$15 billion" → "US$30 billion").
 */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("^(\\D*?)(\\d[\\d,]*(?:\\.\\d+)?)(.*)$");

    /** A numeric option split into the text before and after its number. */
    record Parsed(String prefix, BigDecimal number, String suffix, boolean grouped) {

        String format() {
            return Text.normalise(prefix) + "#" + Text.normalise(suffix);
        }

        double value() {
            return number.doubleValue() * scale(suffix);
        }

        String with(BigDecimal n) {
            String digits = grouped ? String.format(Locale.ROOT, "%,d", n.longValue()) : n.stripTrailingZeros().toPlainString();
            return prefix + digits + suffix;
        }
    }

    private Numbers() {
    }

    static Optional<Parsed> parse(String option) {
        Matcher m = NUMBER.matcher(option.strip());
        if (!m.matches() || m.group(1).chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String digits = m.group(2);
        if (m.group(3).chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group(1), new BigDecimal(digits.replace(",", "")), m.group(3),
                digits.contains(",")));
    }

    /** Value for ordering; "US$2 billion" is larger than "US$900 million". */
    static Optional<Double> value(String option) {
        return parse(option).map(Parsed::value);
    }

    static boolean isYear(String option) {
        return option.strip().matches("1[0-9]\\d\\d|20\\d\\d");
    }

    private static double scale(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        if (s.contains("trillion")) {
            return 1e12;
        }
        if (s.contains("billion")) {
            return 1e9;
        }
        if (s.contains("million")) {
            return 1e6;
        }
        if (s.contains("thousand")) {
            return 1e3;
        }
        return 1;
    }

    /** Rounds to one significant digit for small-looking numbers and two otherwise, as people write amounts. */
    static BigDecimal nice(double v, BigDecimal like) {
        int digits = like.stripTrailingZeros().precision() <= 1 ? 1 : 2;
        BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        if (like.scale() <= 0 || like.stripTrailingZeros().scale() <= 0) {
            r = r.setScale(0, RoundingMode.HALF_UP);
        }
        return r;
    }
}
