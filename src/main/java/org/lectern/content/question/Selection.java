package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the best drafts: per lesson, greedily by score with a penalty for repeating a kind, one question per fact,
 * at most two per sentence; then bank-wide, no kind above 60% and the answer rarely the longest option.
 *
 * <p>The work is bounded per lesson: a lesson chooses among its {@value #MAX_POOL} best drafts only (a lesson keeps at
 * most {@value #MAX_PER_LESSON}), each pick weighs every pooled draft once against the few already chosen, and the
 * bank-wide passes keep running counts and queues instead of rescanning the bank for every question they drop or
 * swap. So the selection grows linearly with the number of lessons.
 */
final class Selection {

    static final int MAX_PER_LESSON = 5;
    static final double MIN_SCORE = 1.5;
    /** A lesson may keep none: the instructor adds by hand where the text holds no fact worth asking. */
    static final int MIN_PER_LESSON = 0;
    /** From this many questions on, a lesson takes no question another of its questions gives away. */
    static final int MAX_CUED_LESSON = 7;
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
        shownStatements.clear();
        List<List<Draft>> byLesson = new ArrayList<>();
        for (int l = 0; l < lessons; l++) {
            byLesson.add(new ArrayList<>());
        }
        drafts.forEach(d -> byLesson.get(d.source().lesson()).add(d));
        // What a lesson may swap in later: its best drafts, in the order they were drafted.
        List<List<Draft>> swappable = new ArrayList<>();
        for (List<Draft> lessonDrafts : byLesson) {
            List<Draft> best = new ArrayList<>(lessonDrafts);
            best.sort(BEST);
            java.util.Set<Draft> top = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            top.addAll(best.subList(0, Math.min(MAX_POOL, best.size())));
            swappable.add(lessonDrafts.stream().filter(top::contains).toList());
        }
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
            chosen.stream().filter(d -> d.kind() == QuestionKind.TRUE_STATEMENT)
                    .forEach(d -> shownStatements.addAll(d.distractors()));
            out.add(chosen);
        }
        capKinds(out);
        swapKinds(out, swappable);
        dropCued(out, byLesson);
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
            java.util.Set<Draft> blocking = blocksTheMinimum(pool, chosen, answersInArticle);
            for (Draft d : pool) {
                if (!allowed(d, chosen, answersInArticle) || blocking.contains(d)) {
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

    /**
     * The drafts whose taking would leave too few allowed questions for the lesson to reach three, when another
     * choice would not: a statement question asserts its sentences and so rules out every blank cut from them.
     * Each allowed draft's room is counted once per pick, so a pick costs the square of the (capped) pool.
     */
    private static java.util.Set<Draft> blocksTheMinimum(List<Draft> pool, List<Draft> chosen,
                                                        Map<String, Integer> answersInArticle) {
        int needed = MIN_PER_LESSON - chosen.size() - 1;
        java.util.Set<Draft> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (needed <= 0) {
            return out;
        }
        List<Draft> short_ = new ArrayList<>();
        boolean anyRoomy = false;
        for (Draft d : pool) {
            if (allowed(d, chosen, answersInArticle)) {
                if (left(d, pool, chosen, answersInArticle) < needed) {
                    short_.add(d);
                } else {
                    anyRoomy = true;
                }
            }
        }
        if (anyRoomy) {
            out.addAll(short_);
        }
        return out;
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
        int perSentence = 1;
        // A statement offered as true (or the event offered as first) asserts its whole sentence: another question
        // cut from that sentence would be answered by it.
        boolean asserted = chosen.stream().anyMatch(c -> asserts(c, d) || asserts(d, c));
        // Statement questions of one lesson must not offer the same false statement, nor be more than two.
        boolean repeatsStatement = d.kind() == QuestionKind.TRUE_STATEMENT && chosen.stream()
                .filter(c -> c.kind() == QuestionKind.TRUE_STATEMENT)
                .anyMatch(c -> c.distractors().stream().anyMatch(d.distractors()::contains));
        long statements = chosen.stream().filter(c -> c.kind() == QuestionKind.TRUE_STATEMENT).count();
        boolean tooManyStatements = d.kind() == QuestionKind.TRUE_STATEMENT && statements >= 2;
        // A lesson asks at most one year and one other figure: a quiz of dates and digits tests memory, not the text.
        boolean year = Numbers.isYear(d.answer());
        boolean figureTwice = d.numeric() && chosen.stream().anyMatch(c -> c.numeric()
                && Numbers.isYear(c.answer()) == year);
        return !sameFact && !overused && !asserted && !repeatsStatement && !tooManyStatements && !figureTwice
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
            dropWeakestWhile(bank, d -> d.kind() == kind, 0.6);
        }
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

    /**
     * In a bank too small to drop from (every lesson at three or fewer), an over-represented kind gives up a question
     * for a lint-clean question of another kind from the same lesson that the lesson's other questions allow and do
     * not cue. A swap changes only its own lesson, so each lesson's best swap is found once and again only after a
     * swap there; the best of all comes off a queue.
     */
    private void swapKinds(List<List<Draft>> bank, List<List<Draft>> swappable) {
        for (QuestionKind kind : QuestionKind.values()) {
            long all = bank.stream().mapToLong(List::size).sum();
            long hit = bank.stream().flatMap(List::stream).filter(d -> d.kind() == kind).count();
            if (all == 0 || (double) hit / all <= BankLint.MAX_KIND_SHARE) {
                continue;
            }
            record Swap(int lesson, Draft out, Draft in, double gain, int version) {
            }
            int[] versions = new int[bank.size()];
            java.util.PriorityQueue<Swap> queue = new java.util.PriorityQueue<>((a, b) -> a.gain() != b.gain()
                    ? Double.compare(b.gain(), a.gain()) : Integer.compare(a.lesson(), b.lesson()));
            java.util.function.IntConsumer offer = l -> {
                List<Draft> lesson = bank.get(l);
                Draft bestOut = null;
                Draft bestIn = null;
                for (Draft out : lesson.stream().filter(d -> d.kind() == kind).toList()) {
                    List<Draft> rest = new ArrayList<>(lesson);
                    rest.remove(out);
                    Map<String, Integer> none = new HashMap<>();
                    for (Draft in : swappable.get(out.source().lesson())) {
                        if (in.kind() == kind || lesson.contains(in) || !allowed(in, rest, none)
                                || cues(in, rest) > cues(out, rest) || in.score() < MIN_SCORE) {
                            continue;
                        }
                        if (bestIn == null || in.score() - out.score() > bestIn.score() - bestOut.score()) {
                            bestIn = in;
                            bestOut = out;
                        }
                    }
                }
                if (bestIn != null) {
                    queue.add(new Swap(l, bestOut, bestIn, bestIn.score() - bestOut.score(), versions[l]));
                }
            };
            for (int l = 0; l < bank.size(); l++) {
                offer.accept(l);
            }
            while ((double) hit / all > BankLint.MAX_KIND_SHARE && !queue.isEmpty()) {
                Swap swap = queue.poll();
                if (swap.version() != versions[swap.lesson()]) {
                    continue; // found before the lesson last changed
                }
                List<Draft> from = bank.get(swap.lesson());
                from.set(from.indexOf(swap.out()), swap.in());
                hit--;
                versions[swap.lesson()]++;
                offer.accept(swap.lesson());
            }
        }
    }

    /**
     * Last resort for a kind that still dominates a small bank: a question of that kind which another question of its
     * lesson gives away goes, weakest first, from a lesson under three questions or one whose blanks ask about fewer
     * than three facts; the lesson keeps the question that gave it away. Dropping changes only its own lesson, so each
     * lesson offers its weakest such question once and again after a drop there.
     */
    private static void dropCued(List<List<Draft>> bank, List<List<Draft>> byLesson) {
        for (QuestionKind kind : QuestionKind.values()) {
            long all = bank.stream().mapToLong(List::size).sum();
            long hit = bank.stream().flatMap(List::stream).filter(d -> d.kind() == kind).count();
            if (all == 0 || (double) hit / all <= BankLint.MAX_KIND_SHARE) {
                continue;
            }
            record Drop(int lesson, Draft draft, int version) {
            }
            int[] versions = new int[bank.size()];
            // Weakest first; among equals, the earlier lesson, as a scan of the bank in order would find it.
            java.util.PriorityQueue<Drop> queue = new java.util.PriorityQueue<>((a, b) -> {
                int c = BEST.compare(b.draft(), a.draft());
                return c != 0 ? c : Integer.compare(a.lesson(), b.lesson());
            });
            java.util.function.IntConsumer offer = l -> {
                List<Draft> lesson = bank.get(l);
                if (lesson.isEmpty() || lesson.size() > MIN_PER_LESSON || lesson.size() == MIN_PER_LESSON
                        && facts(byLesson.get(lesson.get(0).source().lesson())) >= MIN_PER_LESSON) {
                    return;
                }
                Draft weakest = null;
                for (Draft d : lesson) {
                    boolean cued = lesson.stream().anyMatch(c -> c != d && givesAway(c, d));
                    if (d.kind() == kind && cued && (weakest == null || BEST.compare(d, weakest) > 0)) {
                        weakest = d;
                    }
                }
                if (weakest != null) {
                    queue.add(new Drop(l, weakest, versions[l]));
                }
            };
            for (int l = 0; l < bank.size(); l++) {
                offer.accept(l);
            }
            while ((double) hit / all > BankLint.MAX_KIND_SHARE && !queue.isEmpty()) {
                Drop drop = queue.poll();
                if (drop.version() != versions[drop.lesson()]) {
                    continue;
                }
                bank.get(drop.lesson()).remove(drop.draft());
                all--;
                hit--;
                versions[drop.lesson()]++;
                offer.accept(drop.lesson());
            }
        }
    }

    /** Distinct facts the lesson's blanks ask about: below three, the lesson owes no third question. */
    private static long facts(List<Draft> lessonDrafts) {
        return lessonDrafts.stream()
                .filter(d -> d.kind() == QuestionKind.GAP_FILL || d.kind() == QuestionKind.WH_QUESTION)
                .map(d -> Text.normalise(d.answer())).distinct().count();
    }

    private static long cues(Draft d, List<Draft> others) {
        return others.stream().filter(c -> givesAway(c, d) || givesAway(d, c)).count();
    }

    private static void capLongestAnswers(List<List<Draft>> bank) {
        dropWeakestWhile(bank, Selection::answerIsLongest, 0.35);
    }

    static boolean answerIsLongest(Draft d) {
        return d.distractors().stream().allMatch(o -> o.length() < d.answer().length());
    }
}
