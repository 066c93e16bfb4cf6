package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the best drafts: per lesson, greedily by score with a penalty for repeating a kind, one question per fact and
 * per sentence, at most one year and one other figure, only what clears {@link #MIN_SCORE} and never more than
 * {@value #MAX_PER_LESSON}: a lesson may keep none. Then bank-wide, the answer rarely the longest option. No kind is
 * kept for the mix's sake: kinds that fail review are not generated at all.
 *
 * <p>The work is bounded per lesson: a lesson chooses among its {@value #MAX_POOL} best drafts only (a lesson keeps at
 * most {@value #MAX_PER_LESSON}), each pick weighs every pooled draft once against the few already chosen, and the
 * bank-wide pass keeps running counts instead of rescanning the bank for every question it drops. So the selection grows linearly with the number of lessons.
 */
final class Selection {

    static final int MAX_PER_LESSON = 5;
    static final double MIN_SCORE = 1.5;
    /** The most drafts a lesson chooses among, best first; far more than it keeps. */
    static final int MAX_POOL = 60;
    private static final Comparator<Draft> BEST = Comparator.comparingDouble(Draft::score).reversed()
            .thenComparingInt(d -> d.source().index()).thenComparing(Draft::kind).thenComparing(Draft::stem)
            .thenComparing(Draft::answer);

    private final int lessons;

    Selection(int lessons) {
        this.lessons = lessons;
    }

    List<List<Draft>> choose(List<Draft> drafts) {
        List<List<Draft>> out = new ArrayList<>();
        Map<String, Integer> answersInArticle = new HashMap<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        List<List<Draft>> byLesson = new ArrayList<>();
        for (int l = 0; l < lessons; l++) {
            byLesson.add(new ArrayList<>());
        }
        drafts.forEach(d -> byLesson.get(d.source().lesson()).add(d));
        for (int l = 0; l < lessons; l++) {
            // A sentence the article repeats word for word in two lessons yields one question (ids must be unique).
            List<Draft> pool = new ArrayList<>(byLesson.get(l).stream().filter(d -> !asked.contains(identity(d)))
                    .toList());
            pool.sort(BEST);
            if (pool.size() > MAX_POOL) {
                pool = new ArrayList<>(pool.subList(0, MAX_POOL));
            }
            List<Draft> chosen = forLesson(pool, answersInArticle);
            chosen.forEach(d -> asked.add(identity(d)));
            out.add(chosen);
        }
        capLongestAnswers(out);
        for (List<Draft> lesson : out) {
            lesson.sort(Comparator.comparingInt((Draft d) -> d.source().index()).thenComparing(Draft::kind)
                    .thenComparing(Draft::stem));
        }
        return out;
    }

    private static String identity(Draft d) {
        return d.kind() + "\u0000" + d.source().text().strip() + "\u0000" + d.answer().strip();
    }

    private List<Draft> forLesson(List<Draft> pool, Map<String, Integer> answersInArticle) {
        List<Draft> chosen = new ArrayList<>();
        while (chosen.size() < MAX_PER_LESSON) {
            Draft best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Draft d : pool) {
                if (!allowed(d, chosen, answersInArticle)) {
                    continue;
                }
                // A lesson takes no question that another of its questions answers.
                if (chosen.stream().anyMatch(c -> givesAway(c, d) || givesAway(d, c))) {
                    continue;
                }
                long sameKind = chosen.stream().filter(c -> c.kind() == d.kind()).count();
                double s = d.score() - 0.8 * sameKind;
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            // Never pad: a lesson keeps only what clears the bar, however few that is.
            if (best == null || best.score() < MIN_SCORE) {
                break;
            }
            chosen.add(best);
            answersInArticle.merge(Text.normalise(best.answer()), 1, Integer::sum);
            pool.remove(best);
        }
        return chosen;
    }

    private static boolean allowed(Draft d, List<Draft> chosen, Map<String, Integer> answersInArticle) {
        String answer = Text.normalise(d.answer());
        boolean sameFact = chosen.stream().anyMatch(c -> Text.normalise(c.answer()).equals(answer));
        // One answer is asked in at most two lessons: a course that keeps asking for the same name reads as padding.
        boolean overused = answersInArticle.getOrDefault(answer, 0) >= 2;
        // One question per sentence: two from one sentence read as the same question twice.
        boolean sentenceUsed = chosen.stream().anyMatch(c -> c.source().index() == d.source().index());
        // A lesson asks at most one year and one other figure: a quiz of dates and digits tests memory, not the text.
        boolean year = Numbers.isYear(d.answer());
        boolean figureTwice = d.numeric() && chosen.stream().anyMatch(c -> c.numeric()
                && Numbers.isYear(c.answer()) == year);
        return !sameFact && !overused && !figureTwice && !sentenceUsed;
    }

    /**
     * Whether question {@code a}, shown in the same lesson, gives away the answer of {@code b}: it shows b's source
     * sentence with b's answer in it, in its stem or its correct option.
     */
    static boolean givesAway(Draft a, Draft b) {
        if (!a.shows().contains(b.source().index())) {
            return false;
        }
        String text = " " + Text.normalise(a.stem() + " " + a.answer()) + " ";
        return text.contains(" " + Text.normalise(b.answer()) + " ");
    }

    /**
     * While more than {@code limit} of the bank matches, drops the weakest matching question of a lesson that keeps
     * more than three. Lessons only shrink, so the weakest-first order is sorted once and a question skipped because
     * its lesson is down to three stays skipped: the same drops as rescanning the bank for every one.
     */
    private static void dropWeakestWhile(List<List<Draft>> bank, java.util.function.Predicate<Draft> p, double limit) {
        long all = bank.stream().mapToLong(List::size).sum();
        long hit = bank.stream().flatMap(List::stream).filter(p).count();
        if (all == 0 || (double) hit / all <= limit) {
            return;
        }
        record At(Draft draft, List<Draft> lesson) {
        }
        List<At> weakestFirst = new ArrayList<>();
        for (List<Draft> lesson : bank) {
            lesson.stream().filter(p).forEach(d -> weakestFirst.add(new At(d, lesson)));
        }
        weakestFirst.sort((a, b) -> BEST.compare(b.draft(), a.draft()));
        for (At at : weakestFirst) {
            if (all == 0 || (double) hit / all <= limit) {
                return;
            }
            if (at.lesson().size() > 3) {
                at.lesson().remove(at.draft());
                all--;
                hit--;
            }
        }
    }


    private static void capLongestAnswers(List<List<Draft>> bank) {
        dropWeakestWhile(bank, Selection::answerIsLongest, 0.35);
    }

    static boolean answerIsLongest(Draft d) {
        return d.distractors().stream().allMatch(o -> o.length() < d.answer().length());
    }
}
