package org.lectern.content.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Wrong numbers for a numeric blank: the article's own numbers in the same format first, then the answer's number
 * changed in its own format ("US$15 billion" → "US$30 billion"), placed so the answer lands where the bank wants it.
 */
final class NumberDistractors {

    private final Facts facts;
    // The article's numbers by type and format, by value, each value's texts in pool order: a blank reads only the
    // few nearest its answer rather than every number of the article.
    private final java.util.Map<String, java.util.TreeMap<Double, List<String>>> byFormat = new java.util.HashMap<>();
    private final java.util.Set<AnswerType> indexed = java.util.EnumSet.noneOf(AnswerType.class);

    NumberDistractors(Facts facts) {
        this.facts = facts;
    }

    private java.util.TreeMap<Double, List<String>> values(AnswerType type, String format) {
        if (indexed.add(type)) {
            for (Facts.Entry e : facts.pool(type)) {
                Numbers.parse(e.text()).ifPresent(p -> byFormat.computeIfAbsent(type + " " + p.format(),
                        k -> new java.util.TreeMap<>()).computeIfAbsent(p.value(), k -> new ArrayList<>())
                        .add(e.text()));
            }
        }
        return byFormat.getOrDefault(type + " " + format, new java.util.TreeMap<>());
    }

    /**
     * Three numbers in the answer's format, chosen so that the answer lands at {@code target} once the options are in
     * ascending order (or as near as the numbers allow). Years never pass the article's date.
     */
    Optional<List<String>> choose(Candidate answer, String stem, int target, Predicate<String> statedTrue) {
        Optional<Numbers.Parsed> parsed = Numbers.parse(answer.text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Numbers.Parsed p = parsed.get();
        double v = p.value();
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(Text.normalise(answer.text())));
        // The article's own numbers of the answer's format, nearest first on each side; only the three nearest that
        // pass on a side can be chosen, and beyond the distance limits none passes.
        java.util.TreeMap<Double, List<String>> values = values(answer.type(), p.format());
        walk(values.headMap(v, false).descendingMap(), p, v, stem, statedTrue, seen, below, above, below);
        walk(values.tailMap(v, true), p, v, stem, statedTrue, seen, below, above, above);
        for (BigDecimal n : changes(answer.type(), p)) {
            consider(p.with(n), p, v, stem, statedTrue, seen, below, above, false);
        }
        // The article's own numbers first, then changed ones; nearest to the answer first within each.
        java.util.Comparator<String> order = java.util.Comparator
                .comparing((String o) -> facts.hasText(answer.type(), o) ? 0 : 1)
                .thenComparingDouble(o -> Math.abs(Numbers.value(o).orElse(0.0) - v));
        below.sort(order);
        above.sort(order);
        spaced(below, v, answer.type());
        spaced(above, v, answer.type());
        int t = Math.max(3 - above.size(), Math.min(target, below.size()));
        if (t > below.size() || 3 - t > above.size()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(below.subList(0, t));
        out.addAll(above.subList(0, 3 - t));
        out.sort(java.util.Comparator.comparingDouble(o -> Numbers.value(o).orElse(0.0)));
        return Optional.of(out);
    }

    /**
     * Options a reader can tell apart by knowing the fact, not by memorising a digit: years at least
     * {@value #MIN_YEAR_GAP} apart (1689 against 1688 and 1690 asks nothing a teacher would), percentages a quarter
     * of the larger or 8 points apart (15% against 14.9% and 15.6%), other numbers a fifth of the larger. Applied to each side in its order of preference.
     */
    static void spaced(List<String> side, double answer, AnswerType type) {
        List<Double> kept = new ArrayList<>(List.of(answer));
        side.removeIf(o -> {
            double x = Numbers.value(o).orElse(answer);
            boolean close = kept.stream().anyMatch(k -> Math.abs(k - x) < gap(type, k, x));
            if (!close) {
                kept.add(x);
            }
            return close;
        });
    }

    static final int MIN_YEAR_GAP = 3;

    /** The least difference two options must have: see {@link #spaced}; percentages at most 8 points. */
    private static double gap(AnswerType type, double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return switch (type) {
            case YEAR -> MIN_YEAR_GAP;
            case PERCENT -> Math.min(8, 0.25 * larger);
            default -> 0.2 * larger;
        };
    }

    private void walk(java.util.NavigableMap<Double, List<String>> side, Numbers.Parsed p, double v, String stem,
                      Predicate<String> statedTrue, List<String> seen, List<String> below, List<String> above,
                      List<String> taken) {
        for (var bucket : side.entrySet()) {
            double x = bucket.getKey();
            boolean year = bucket.getValue().stream().allMatch(Numbers::isYear);
            if (year ? Math.abs(x - v) > 30 : x > v * 10 || x < v / 10) {
                return;
            }
            for (String option : bucket.getValue()) {
                consider(option, p, v, stem, statedTrue, seen, below, above, true);
            }
            if (taken.size() >= 3) {
                return;
            }
        }
    }

    private void consider(String option, Numbers.Parsed p, double v, String stem, Predicate<String> statedTrue,
                          List<String> seen, List<String> below, List<String> above, boolean fromArticle) {
        Optional<Numbers.Parsed> o = Numbers.parse(option);
        // Options show as many decimals as the answer: "38.0%" beside "60%" marks itself as made up.
        if (o.isEmpty() || !o.get().format().equals(p.format()) || seen.contains(Text.normalise(option))
                || Math.max(0, o.get().number().scale()) != Math.max(0, p.number().scale())
                || QuestionLint.isNumeric(option) != QuestionLint.isNumeric(p.with(p.number()))) {
            return;
        }
        double x = o.get().value();
        boolean year = Numbers.isYear(option);
        // "1 cores" is no option: a counted noun in the plural needs more than one.
        boolean pluralUnit = answer(p).matches(".*[a-z]{2}s(?: per [a-z]+)?$");
        if (x <= 0 || (pluralUnit && x <= 1) || (year && (x > facts.articleYear || Math.abs(x - v) > 30))
                || (fromArticle && !year && (x > v * 10 || x < v / 10))
                || Text.normalise(stem).contains(Text.normalise(option)) || statedTrue.test(option)) {
            return;
        }
        seen.add(Text.normalise(option));
        (x < v ? below : above).add(option);
    }

    private static String answer(Numbers.Parsed p) {
        return p.suffix().strip();
    }

    private static List<BigDecimal> changes(AnswerType type, Numbers.Parsed p) {
        BigDecimal n = p.number();
        double v = n.doubleValue();
        List<BigDecimal> out = new ArrayList<>();
        switch (type) {
            case YEAR -> {
                // Uneven steps: options spaced evenly around the answer point at it as the middle of a series.
                for (int k : new int[] {4, -6, 9, -11, 13, -17, 22, -24}) {
                    out.add(n.add(BigDecimal.valueOf(k)));
                }
            }
            case PERCENT -> {
                int step = v >= 20 ? 10 : Math.max(1, (int) Math.round(v / 2));
                for (double k : new double[] {0.8, -1.1, 1.7, -1.9, 2.6, -2.8}) {
                    double x = Math.round(v + k * step);
                    if (x > 0 && x < 100) {
                        out.add(Numbers.nice(x, n));
                    }
                }
            }
            default -> {
                for (double f : new double[] {1.7, 0.6, 2.6, 0.4, 3.5, 0.25}) {
                    out.add(Numbers.nice(v * f, n));
                }
            }
        }
        return out;
    }
}
