package org.lectern.content.question;

import java.util.List;

/**
 * A question before the bank decides its option order and keeps or drops it.
 *
 * @param distractors the three wrong options
 * @param numeric     numeric options are shown ascending, which fixes where the answer stands
 * @param score       how central and clear the fact is; higher is kept first
 * @param byPlace     for numeric drafts, the distractors that put the answer at place 0..3 once sorted (as near as
 *                    the numbers allow), so the bank can choose the place; empty otherwise
 * @param shows       indices of the sentences whose facts the question shows; a lesson uses each sentence once, so
 *                    that no question gives another away
 * @param reasons     why it scored so, for the instructor: strengths first, then doubts
 */
record Draft(QuestionKind kind, String stem, String answer, List<String> distractors, Sentence source,
             String explanation, boolean numeric, double score, List<Integer> shows, List<List<String>> byPlace,
             List<String> reasons) {

    Draft {
        distractors = List.copyOf(distractors);
        shows = List.copyOf(shows);
        byPlace = byPlace.stream().map(List::copyOf).toList();
        reasons = List.copyOf(reasons);
    }

    Draft(QuestionKind kind, String stem, String answer, List<String> distractors, Sentence source,
          String explanation, boolean numeric, double score, List<Integer> shows, List<List<String>> byPlace) {
        this(kind, stem, answer, distractors, source, explanation, numeric, score, shows, byPlace, List.of());
    }

    /** The same question judged anew: its score and the reasons for it. */
    Draft judged(double newScore, List<String> why) {
        return new Draft(kind, stem, answer, distractors, source, explanation, numeric, newScore, shows, byPlace, why);
    }

    Draft(QuestionKind kind, String stem, String answer, List<String> distractors, Sentence source,
          String explanation, boolean numeric, double score, List<Integer> shows) {
        this(kind, stem, answer, distractors, source, explanation, numeric, score, shows, List.of());
    }

    /** The same question with the distractors that place its answer at {@code place}. */
    Draft placedAt(int place) {
        return byPlace.isEmpty() ? this : new Draft(kind, stem, answer, byPlace.get(place), source, explanation,
                numeric, score, shows, byPlace, reasons);
    }

    Draft(QuestionKind kind, String stem, String answer, List<String> distractors, Sentence source,
          String explanation, boolean numeric, double score) {
        this(kind, stem, answer, distractors, source, explanation, numeric, score, List.of(source.index()));
    }

    /** A stable 32-bit seed from the draft's content, for deterministic choices that should vary between drafts. */
    int seed() {
        return (kind.name() + "|" + source.text() + "|" + answer).hashCode();
    }
}
