package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Which statement is true according to the article?": one sentence as written against three other sentences of the
 * article, each with one fact swapped for a distractor of the same type.
 *
 * <p>The false statements are looked for among the {@value #NEAR} statement sentences on either side of the true one
 * (every sentence of an article of fewer than twice as many), nearest other lesson first: the work per question is
 * bounded, so a long book costs what its lessons cost one by one. Each sentence is falsified once per run.
 */
final class TrueStatements {

    static final String STEM = "Which statement is true according to the article?";
    private static final int MAX_WORDS = 30;
    // Drafted per lesson; the selection keeps those whose true sentence no other question of the lesson uses.
    private static final int MAX_PER_LESSON = 4;

    /** How many statement sentences on either side of the true one may give the false statements. */
    static final int NEAR = 120;

    // Sentences already turned into false statements, in drafting order.
    private final java.util.Set<Integer> used = new java.util.LinkedHashSet<>();

    private final Facts facts;
    private final Distractors distractors;
    private final LintContext context;
    // Every sentence that can be made a false statement, in reading order, and their indices for a binary search.
    private final List<Sentence> statements;
    private final int[] statementIndices;
    // Per lesson: whether it holds fewer than three distinct facts.
    private final boolean[] factless;
    private final java.util.Map<Integer, Optional<List<String>>> falsified = new java.util.HashMap<>();

    TrueStatements(Facts facts, Distractors distractors, LintContext context) {
        this.facts = facts;
        this.distractors = distractors;
        this.context = context;
        this.statements = facts.sentences.stream().filter(this::statement).toList();
        this.statementIndices = statements.stream().mapToInt(Sentence::index).toArray();
        int lessons = facts.article.lessons().size();
        this.factless = new boolean[lessons];
        for (int l = 0; l < lessons; l++) {
            factless[l] = facts.lesson(l).stream().flatMap(o -> facts.candidates.get(o.index()).stream())
                    .map(Candidate::key).distinct().count() < 3;
        }
    }

    /** Up to {@code MAX_PER_LESSON} per lesson, its most central short statements as the true ones. */
    List<Draft> forLesson(int lesson, List<Double> sentenceScores) {
        List<Sentence> truths = new ArrayList<>(facts.lesson(lesson).stream().filter(this::truth).toList());
        truths.sort(Comparator.comparingDouble((Sentence s) -> -sentenceScores.get(s.index()))
                .thenComparingInt(Sentence::index));
        List<Draft> out = new ArrayList<>();
        for (Sentence t : truths) {
            if (out.size() == MAX_PER_LESSON) {
                break;
            }
            draft(t, lesson, near(t), sentenceScores).ifPresent(out::add);
        }
        return out;
    }

    /** The statement sentences within {@link #NEAR} places of the sentence, in reading order. */
    private List<Sentence> near(Sentence t) {
        int at = java.util.Arrays.binarySearch(statementIndices, t.index());
        int from = at >= 0 ? at : -at - 1;
        return statements.subList(Math.max(0, from - NEAR), Math.min(statements.size(), from + NEAR + 1));
    }

    private Optional<Draft> draft(Sentence t, int lesson, List<Sentence> statements, List<Double> sentenceScores) {
        // The false statements come from the nearest other lessons, so that the lesson keeps its own sentences for
        // its own questions; a sentence already falsified for another question comes last, for variety.
        List<Sentence> others = new ArrayList<>(statements.stream().filter(s -> s != t).toList());
        others.sort(Comparator.comparingInt((Sentence s) -> used.contains(s.index()) ? 1 : 0)
                .thenComparingInt(s -> s.lesson() == lesson ? 1 : 0)
                .thenComparingInt(s -> Math.abs(s.index() - t.index())).thenComparingInt(Sentence::index));
        List<String> wrong = new ArrayList<>();
        List<String> swaps = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        String truth = display(t.text());
        for (Sentence s : others) {
            // Two false statements are taken freely; the third must be at least as long as the truth unless one
            // already is, so that length never points at the true statement.
            boolean needLonger = wrong.size() == 2 && wrong.stream().allMatch(w -> w.length() < truth.length());
            if (wrong.size() == 3) {
                break;
            }
            falsified.computeIfAbsent(s.index(), i -> falsified(s)).ifPresent(f -> {
                if (!wrong.contains(f.get(0)) && (!needLonger || f.get(0).length() >= truth.length())) {
                    wrong.add(f.get(0));
                    swaps.add("the article has “" + f.get(1) + "”, not “" + f.get(2) + "”");
                    sources.add(s.index());
                }
            });
        }
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        used.addAll(sources);
        String explanation = ClauseQuestions.explain(t) + " The other statements each change one fact: "
                + String.join("; ", swaps) + ".";
        List<Integer> shows = new ArrayList<>(List.of(t.index()));
        shows.addAll(sources);
        return Optional.of(new Draft(QuestionKind.TRUE_STATEMENT, STEM, display(t.text()), wrong, t, explanation,
                false, sentenceScores.get(t.index()) + 0.1, shows));
    }

    private boolean statement(Sentence s) {
        return Scoring.usable(s) && s.words() <= MAX_WORDS && !facts.candidates.get(s.index()).isEmpty()
                && !s.text().contains("“");
    }

    /**
     * A true statement needs no blankable fact of its own when the author cites a source for it, or when its lesson
     * holds fewer than three facts (a statement question is then among the lesson's few fair questions).
     */
    private boolean truth(Sentence s) {
        return statement(s) || Scoring.usable(s) && s.words() <= MAX_WORDS
                && (!s.citations().isEmpty() || factless[s.lesson()]) && !s.text().contains("“") && !s.text().strip().endsWith(":");
    }

    /** The sentence with its first swappable fact changed: [false statement, original fact, swapped-in fact]. */
    private Optional<List<String>> falsified(Sentence s) {
        for (Candidate c : facts.candidates.get(s.index())) {
            String blanked = s.text().substring(0, c.start()) + Text.BLANK + s.text().substring(c.end());
            Optional<List<String>> wrong = c.type().numeric
                    ? distractors.forNumber(c, blanked, Math.floorMod(s.text().hashCode(), 4), o -> false)
                    : distractors.forName(c, blanked, o -> false);
            // Only a value the article itself uses (or a changed number) is swapped in: a statement about a country
            // the article never mentions is false at a glance.
            Optional<String> plausible = wrong.flatMap(w -> w.stream().filter(o -> c.type().numeric
                    || facts.hasText(c.type(), o)).findFirst());
            if (plausible.isPresent()) {
                String swapped = plausible.get();
                String text = display(blanked.replace(Text.BLANK, swapped));
                if (!context.states(STEM, text, QuestionKind.TRUE_STATEMENT)) {
                    return Optional.of(List.of(text, c.text(), swapped));
                }
            }
        }
        return Optional.empty();
    }

    private static String display(String sentence) {
        return ClauseQuestions.dropConnective(sentence.strip());
    }
}
