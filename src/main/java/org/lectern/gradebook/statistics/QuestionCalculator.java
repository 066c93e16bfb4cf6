package org.lectern.gradebook.statistics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-question statistics, each over only the counted attempts that contained the question. That is how Moodle
 * treats a question drawn at random into some attempts and not others; Moodle then correlates such a question with
 * the whole total, but here the discrimination index always uses the rest of the test (total minus the question),
 * the formula Moodle documents and uses for fixed questions, so that a question's own mark never inflates it.
 */
final class QuestionCalculator {

    static final String ONE_ATTEMPT = "needs at least 2 attempts";

    private QuestionCalculator() {
    }

    /** A question's figures before effective weights, which need every question's covariance with the total. */
    record Partial(QuestionStatistics withoutWeight, Stat covarianceWithTotal) {
    }

    static List<Partial> calculate(List<ScoredAttempt> counted) {
        var byQuestion = new LinkedHashMap<String, List<Row>>();
        for (var attempt : counted) {
            double total = attempt.total();
            for (var response : attempt.responses()) {
                byQuestion.computeIfAbsent(response.questionId(), id -> new ArrayList<>())
                        .add(new Row(response, total));
            }
        }
        var partials = new ArrayList<Partial>();
        for (Map.Entry<String, List<Row>> entry : byQuestion.entrySet()) {
            partials.add(calculate(entry.getKey(), entry.getValue()));
        }
        return partials;
    }

    private record Row(ScoredResponse response, double total) {
    }

    private static Partial calculate(String questionId, List<Row> rows) {
        double maxMark = maxMark(questionId, rows);
        int s = rows.size();
        double[] marks = new double[s];
        double[] rest = new double[s];
        double[] totals = new double[s];
        for (int i = 0; i < s; i++) {
            marks[i] = rows.get(i).response().mark();
            totals[i] = rows.get(i).total();
            rest[i] = totals[i] - marks[i];
        }
        Stat facility = Stat.of(100 * Sample.mean(marks) / maxMark);
        Stat sd;
        Stat discrimination;
        Stat efficiency;
        Stat covarianceWithTotal;
        if (s < 2) {
            sd = discrimination = efficiency = covarianceWithTotal = Stat.undefined(ONE_ATTEMPT);
        } else {
            double markVariance = Sample.variance(marks);
            double restVariance = Sample.variance(rest);
            double covariance = Sample.covariance(marks, rest);
            double covarianceMax = Sample.maximumCovariance(marks, rest);
            double scale = Math.max(maxMark, Math.abs(Sample.mean(totals)));
            boolean noSpread = Sample.nearlyZero(markVariance, maxMark);
            boolean restWithoutSpread = Sample.nearlyZero(restVariance, scale);
            String reason = noSpread ? "every attempt got the same mark on this question"
                    : "the rest of the test gave every attempt the same mark";
            sd = Stat.of(100 * Math.sqrt(noSpread ? 0 : markVariance) / maxMark);
            discrimination = noSpread || restWithoutSpread ? Stat.undefined(reason)
                    : Stat.of(100 * covariance / Math.sqrt(markVariance * restVariance));
            efficiency = noSpread || restWithoutSpread || Sample.nearlyZero(covarianceMax, scale)
                    ? Stat.undefined(reason) : Stat.of(100 * covariance / covarianceMax);
            double withTotal = Sample.covariance(marks, totals);
            covarianceWithTotal = Stat.of(Sample.nearlyZero(withTotal, scale) ? 0 : withTotal);
        }
        var stats = new QuestionStatistics(questionId, maxMark, s, facility, sd, discrimination, efficiency,
                Stat.undefined(ONE_ATTEMPT), optionCounts(rows), noAnswer(rows), flags(facility, efficiency));
        return new Partial(stats, covarianceWithTotal);
    }

    private static double maxMark(String questionId, List<Row> rows) {
        double maxMark = rows.getFirst().response().maxMark();
        for (var row : rows) {
            if (row.response().maxMark() != maxMark) {
                throw new IllegalArgumentException("Question " + questionId + " is worth " + maxMark
                        + " in one attempt and " + row.response().maxMark() + " in another; analyse them apart.");
            }
        }
        return maxMark;
    }

    private static List<Integer> optionCounts(List<Row> rows) {
        int options = 0;
        for (var row : rows) {
            var response = row.response();
            options = Math.max(options, response.optionCount());
            if (response.chosenOption().isPresent()) {
                options = Math.max(options, response.chosenOption().getAsInt() + 1);
            }
        }
        var counts = new ArrayList<Integer>(options);
        for (int i = 0; i < options; i++) {
            counts.add(0);
        }
        for (var row : rows) {
            row.response().chosenOption().ifPresent(option -> counts.set(option, counts.get(option) + 1));
        }
        return counts;
    }

    private static int noAnswer(List<Row> rows) {
        return (int) rows.stream().filter(row -> row.response().chosenOption().isEmpty()).count();
    }

    private static Set<QuestionFlag> flags(Stat facility, Stat efficiency) {
        var flags = EnumSet.noneOf(QuestionFlag.class);
        if (facility.value() < 10) {
            flags.add(QuestionFlag.TOO_HARD);
        } else if (facility.value() > 90) {
            flags.add(QuestionFlag.TOO_EASY);
        }
        // Moodle marks a question dubious only when its efficiency is a number below 15.
        if (efficiency.isDefined() && efficiency.value() < 15) {
            flags.add(QuestionFlag.POOR_DISCRIMINATION);
        }
        return flags;
    }
}
