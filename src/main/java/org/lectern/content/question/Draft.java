package org.lectern.content.question;

import java.util.List;

/**
 * A question before the bank decides its option order and keeps or drops it.
 *
 * @param distractors the three wrong options
 * @param numeric     numeric options are shown ascending, which fixes where the answer stands
 * @param score       how central and clear the fact is; higher is kept first
 */
record Draft(QuestionKind kind, String stem, String answer, List<String> distractors, Sentence source,
             String explanation, boolean numeric, double score) {

    Draft {
        distractors = List.copyOf(distractors);
    }

    /** A stable 32-bit seed from the draft's content, for deterministic choices that should vary between drafts. */
    int seed() {
        return (kind.name() + "|" + source.text() + "|" + answer).hashCode();
    }
}
