package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Which statement is true according to the article?": one sentence as written against three other sentences of the
 * article, each with one fact swapped for a distractor of the same type.
 */
final class TrueStatements {

    static final String STEM = "Which statement is true according to the article?";
    private static final int MAX_WORDS = 30;

    private final Facts facts;
    private final Distractors distractors;
    private final LintContext context;

    TrueStatements(Facts facts, Distractors distractors, LintContext context) {
        this.facts = facts;
        this.distractors = distractors;
        this.context = context;
    }

    /** At most one per lesson: its most central short statement as the true one. */
    Optional<Draft> forLesson(int lesson, List<Double> sentenceScores) {
        List<Sentence> statements = facts.sentences.stream().filter(this::statement).toList();
        Optional<Sentence> truth = statements.stream().filter(s -> s.lesson() == lesson)
                .max(Comparator.comparingDouble((Sentence s) -> sentenceScores.get(s.index()))
                        .thenComparing(Sentence::index, Comparator.reverseOrder()));
        if (truth.isEmpty()) {
            return Optional.empty();
        }
        Sentence t = truth.get();
        // The false statements come from the same lesson first, then from the nearest sentences elsewhere.
        List<Sentence> others = new ArrayList<>(statements.stream().filter(s -> s != t).toList());
        others.sort(Comparator.comparingInt((Sentence s) -> s.lesson() == lesson ? 0 : 1)
                .thenComparingInt(s -> Math.abs(s.index() - t.index())).thenComparingInt(Sentence::index));
        List<String> wrong = new ArrayList<>();
        List<String> swaps = new ArrayList<>();
        for (Sentence s : others) {
            if (wrong.size() == 3) {
                break;
            }
            falsified(s).ifPresent(f -> {
                if (wrong.stream().noneMatch(w -> w.equals(f.get(0)))) {
                    wrong.add(f.get(0));
                    swaps.add("“" + f.get(2) + "” where the article has “" + f.get(1) + "”");
                }
            });
        }
        if (wrong.size() < 3) {
            return Optional.empty();
        }
        String explanation = ClauseQuestions.explain(t) + " The other statements each change one fact: "
                + String.join("; ", swaps) + ".";
        return Optional.of(new Draft(QuestionKind.TRUE_STATEMENT, STEM, display(t.text()), wrong, t, explanation,
                false, sentenceScores.get(t.index()) + 0.4));
    }

    private boolean statement(Sentence s) {
        return Scoring.usable(s) && s.words() <= MAX_WORDS && !facts.candidates.get(s.index()).isEmpty()
                && !s.text().contains("“");
    }

    /** The sentence with its first swappable fact changed: [false statement, original fact, swapped-in fact]. */
    private Optional<List<String>> falsified(Sentence s) {
        for (Candidate c : facts.candidates.get(s.index())) {
            String blanked = s.text().substring(0, c.start()) + Text.BLANK + s.text().substring(c.end());
            Optional<List<String>> wrong = c.type().numeric
                    ? distractors.forNumber(c, blanked, Math.floorMod(s.text().hashCode(), 4), o -> false)
                    : distractors.forName(c, blanked, o -> false);
            if (wrong.isPresent()) {
                String swapped = wrong.get().get(0);
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
