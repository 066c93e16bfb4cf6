package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the best drafts: per lesson, greedily by score with a penalty for repeating a kind, one question per fact,
 * at most two per sentence; then bank-wide, no kind above 60% and the answer rarely the longest option.
 */
final class Selection {

    static final int MAX_PER_LESSON = 8;
    static final double MIN_SCORE = 1.5;
    static final int MIN_PER_LESSON = 3;
    /** From this many questions on, a lesson takes no question another of its questions gives away. */
    static final int MAX_CUED_LESSON = 7;
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
        shownStatements.clear();
        for (int l = 0; l < lessons; l++) {
            final int lesson = l;
            // A sentence the article repeats word for word in two lessons yields one question (ids must be unique).
            List<Draft> pool = new ArrayList<>(drafts.stream().filter(d -> d.source().lesson() == lesson)
                    .filter(d -> !asked.contains(identity(d))).toList());
            pool.sort(BEST);
            List<Draft> chosen = forLesson(pool, answersInArticle);
            chosen.forEach(d -> asked.add(identity(d)));
            chosen.stream().filter(d -> d.kind() == QuestionKind.TRUE_STATEMENT)
                    .forEach(d -> shownStatements.addAll(d.distractors()));
            out.add(chosen);
        }
        capKinds(out);
        swapKinds(out, drafts);
        dropCued(out, drafts);
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

    // False statements earlier lessons already showed; a course that repeats them reads as padding.
    private final java.util.Set<String> shownStatements = new java.util.HashSet<>();

    private List<Draft> forLesson(List<Draft> pool, Map<String, Integer> answersInArticle) {
        List<Draft> chosen = new ArrayList<>();
        while (chosen.size() < MAX_PER_LESSON) {
            Draft best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Draft d : pool) {
                if (!allowed(d, chosen, answersInArticle) || blocksTheMinimum(d, pool, chosen, answersInArticle)) {
                    continue;
                }
                long sameKind = chosen.stream().filter(c -> c.kind() == d.kind()).count();
                // Cueing between questions is avoided where the lesson offers another fact.
                long cues = chosen.stream().filter(c -> givesAway(c, d) || givesAway(d, c)).count();
                if (cues > 0 && chosen.size() >= MAX_CUED_LESSON) {
                    continue; // a lesson with enough questions takes none that another of them answers
                }
                long repeats = d.kind() == QuestionKind.TRUE_STATEMENT
                        ? d.distractors().stream().filter(shownStatements::contains).count() : 0;
                double s = d.score() - 0.8 * sameKind - 1.0 * cues - 0.3 * repeats;
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            // Never pad: below the bar a lint-clean draft is only taken while the lesson has fewer than three.
            if (best == null || (best.score() < MIN_SCORE && chosen.size() >= MIN_PER_LESSON)) {
                break;
            }
            chosen.add(best);
            answersInArticle.merge(Text.normalise(best.answer()), 1, Integer::sum);
            pool.remove(best);
        }
        return chosen;
    }

    /**
     * Whether taking {@code d} would leave too few allowed questions for the lesson to reach three, when another
     * choice would not: a statement question asserts its sentences and so rules out every blank cut from them.
     */
    private static boolean blocksTheMinimum(Draft d, List<Draft> pool, List<Draft> chosen,
                                           Map<String, Integer> answersInArticle) {
        int needed = MIN_PER_LESSON - chosen.size() - 1;
        if (needed <= 0) {
            return false;
        }
        return left(d, pool, chosen, answersInArticle) < needed && pool.stream()
                .filter(o -> o != d && allowed(o, chosen, answersInArticle))
                .anyMatch(o -> left(o, pool, chosen, answersInArticle) >= needed);
    }

    /** How many distinct answers could still be asked after {@code d} is taken. */
    private static long left(Draft d, List<Draft> pool, List<Draft> chosen, Map<String, Integer> answersInArticle) {
        List<Draft> after = new ArrayList<>(chosen);
        after.add(d);
        return pool.stream().filter(o -> o != d && allowed(o, after, answersInArticle))
                .map(o -> Text.normalise(o.answer())).distinct().limit(MIN_PER_LESSON).count();
    }

    private static boolean allowed(Draft d, List<Draft> chosen, Map<String, Integer> answersInArticle) {
        String answer = Text.normalise(d.answer());
        boolean sameFact = chosen.stream().anyMatch(c -> Text.normalise(c.answer()).equals(answer));
        boolean overused = answersInArticle.getOrDefault(answer, 0) >= 3 && chosen.size() >= MIN_PER_LESSON;
        // Abbreviations defined side by side in one sentence are separate facts, so they do not count against it.
        long fromSentence = chosen.stream().filter(c -> c.source().index() == d.source().index()
                && !(c.kind() == QuestionKind.ACRONYM && d.kind() == QuestionKind.ACRONYM)).count();
        int perSentence = chosen.size() < MIN_PER_LESSON ? 3 : 2;
        // A statement offered as true (or the event offered as first) asserts its whole sentence: another question
        // cut from that sentence would be answered by it.
        boolean asserted = chosen.stream().anyMatch(c -> asserts(c, d) || asserts(d, c));
        // Statement questions of one lesson must not offer the same false statement, nor be more than two.
        boolean repeatsStatement = d.kind() == QuestionKind.TRUE_STATEMENT && chosen.stream()
                .filter(c -> c.kind() == QuestionKind.TRUE_STATEMENT)
                .anyMatch(c -> c.distractors().stream().anyMatch(d.distractors()::contains));
        long statements = chosen.stream().filter(c -> c.kind() == QuestionKind.TRUE_STATEMENT).count();
        boolean tooManyStatements = d.kind() == QuestionKind.TRUE_STATEMENT && statements >= 2;
        return !sameFact && !overused && !asserted && !repeatsStatement && !tooManyStatements
                && fromSentence < perSentence;
    }

    private static boolean asserts(Draft a, Draft b) {
        return (a.kind() == QuestionKind.TRUE_STATEMENT || a.kind() == QuestionKind.CHRONOLOGY
                || a.kind() == QuestionKind.ACRONYM) && givesAway(a, b);
    }

    /**
     * Whether question {@code a}, shown in the same lesson, gives away the answer of {@code b}: it shows b's source
     * sentence with b's answer in it (in its stem, its correct option, or any statement it offers as possibly true).
     */
    static boolean givesAway(Draft a, Draft b) {
        if (!a.shows().contains(b.source().index())) {
            return false;
        }
        StringBuilder shown = new StringBuilder(a.stem()).append(' ').append(a.answer());
        if (a.kind() == QuestionKind.TRUE_STATEMENT || a.kind() == QuestionKind.CHRONOLOGY) {
            a.distractors().forEach(o -> shown.append(' ').append(o));
        }
        String text = " " + Text.normalise(shown.toString()) + " ";
        return text.contains(" " + Text.normalise(b.answer()) + " ");
    }

    /** Drops the weakest questions of an over-represented kind from lessons that keep at least three. */
    private static void capKinds(List<List<Draft>> bank) {
        for (QuestionKind kind : QuestionKind.values()) {
            while (share(bank, d -> d.kind() == kind) > 0.6 && dropWeakest(bank, d -> d.kind() == kind)) {
                // keep dropping
            }
        }
    }

    /**
     * In a bank too small to drop from (every lesson at three or fewer), an over-represented kind gives up a question
     * for a lint-clean question of another kind from the same lesson that the lesson's other questions allow and do
     * not cue.
     */
    private void swapKinds(List<List<Draft>> bank, List<Draft> drafts) {
        for (QuestionKind kind : QuestionKind.values()) {
            boolean swapped = true;
            while (swapped && share(bank, d -> d.kind() == kind) > BankLint.MAX_KIND_SHARE) {
                swapped = false;
                Draft bestOut = null;
                Draft bestIn = null;
                List<Draft> from = null;
                for (List<Draft> lesson : bank) {
                    for (Draft out : lesson.stream().filter(d -> d.kind() == kind).toList()) {
                        List<Draft> rest = new ArrayList<>(lesson);
                        rest.remove(out);
                        Map<String, Integer> none = new HashMap<>();
                        for (Draft in : drafts) {
                            if (in.kind() == kind || in.source().lesson() != out.source().lesson()
                                    || lesson.contains(in) || !allowed(in, rest, none)
                                    || cues(in, rest) > cues(out, rest) || in.score() < MIN_SCORE) {
                                continue;
                            }
                            if (bestIn == null || in.score() - out.score() > bestIn.score() - bestOut.score()) {
                                bestIn = in;
                                bestOut = out;
                                from = lesson;
                            }
                        }
                    }
                }
                if (from != null) {
                    from.set(from.indexOf(bestOut), bestIn);
                    swapped = true;
                }
            }
        }
    }

    /**
     * Last resort for a kind that still dominates a small bank: a question of that kind which another question of its
     * lesson gives away goes, weakest first, from a lesson under three questions or one whose blanks ask about fewer
     * than three facts; the lesson keeps the question that gave it away.
     */
    private static void dropCued(List<List<Draft>> bank, List<Draft> drafts) {
        for (QuestionKind kind : QuestionKind.values()) {
            while (share(bank, d -> d.kind() == kind) > BankLint.MAX_KIND_SHARE) {
                Draft weakest = null;
                List<Draft> from = null;
                for (List<Draft> lesson : bank) {
                    if (lesson.isEmpty() || lesson.size() > MIN_PER_LESSON
                            || lesson.size() == MIN_PER_LESSON && facts(drafts, lesson.get(0).source().lesson())
                            >= MIN_PER_LESSON) {
                        continue;
                    }
                    for (Draft d : lesson) {
                        boolean cued = lesson.stream().anyMatch(c -> c != d && givesAway(c, d));
                        if (d.kind() == kind && cued && (weakest == null || BEST.compare(d, weakest) > 0)) {
                            weakest = d;
                            from = lesson;
                        }
                    }
                }
                if (from == null) {
                    break;
                }
                from.remove(weakest);
            }
        }
    }

    /** Distinct facts the lesson's blanks ask about: below three, the lesson owes no third question. */
    private static long facts(List<Draft> drafts, int lesson) {
        return drafts.stream().filter(d -> d.source().lesson() == lesson)
                .filter(d -> d.kind() == QuestionKind.GAP_FILL || d.kind() == QuestionKind.WH_QUESTION)
                .map(d -> Text.normalise(d.answer())).distinct().count();
    }

    private static long cues(Draft d, List<Draft> others) {
        return others.stream().filter(c -> givesAway(c, d) || givesAway(d, c)).count();
    }

    private static void capLongestAnswers(List<List<Draft>> bank) {
        while (share(bank, Selection::answerIsLongest) > 0.35 && dropWeakest(bank, Selection::answerIsLongest)) {
            // keep dropping
        }
    }

    static boolean answerIsLongest(Draft d) {
        return d.distractors().stream().allMatch(o -> o.length() < d.answer().length());
    }

    private static double share(List<List<Draft>> bank, java.util.function.Predicate<Draft> p) {
        long all = bank.stream().mapToLong(List::size).sum();
        long hit = bank.stream().flatMap(List::stream).filter(p).count();
        return all == 0 ? 0 : (double) hit / all;
    }

    private static boolean dropWeakest(List<List<Draft>> bank, java.util.function.Predicate<Draft> p) {
        Draft weakest = null;
        List<Draft> from = null;
        for (List<Draft> lesson : bank) {
            if (lesson.size() <= 3) {
                continue;
            }
            for (Draft d : lesson) {
                if (p.test(d) && (weakest == null || BEST.compare(d, weakest) > 0)) {
                    weakest = d;
                    from = lesson;
                }
            }
        }
        if (from == null) {
            return false;
        }
        from.remove(weakest);
        return true;
    }
}
