package org.lectern.gradebook.statistics;

import java.util.OptionalInt;

/**
 * One question in one attempt, as marked.
 *
 * @param questionId   the question's id in the question bank
 * @param mark         the mark obtained, from 0 to {@code maxMark}
 * @param maxMark      the most the question was worth in this attempt (1 for every Lectern question today)
 * @param chosenOption index of the chosen option in the question's stored order (not the shuffled display order),
 *                     or empty when the student gave no answer
 * @param optionCount  how many options the question had, so options nobody chose are still counted as 0; 0 when
 *                     unknown or when the question has no options
 */
public record ScoredResponse(String questionId, double mark, double maxMark, OptionalInt chosenOption,
                             int optionCount) {

    public ScoredResponse {
        if (questionId == null || questionId.isBlank()) {
            throw new IllegalArgumentException("A response needs the id of its question.");
        }
        if (!Double.isFinite(maxMark) || maxMark <= 0) {
            throw new IllegalArgumentException("Question " + questionId + " needs a maximum mark above 0, not "
                    + maxMark + ".");
        }
        if (!Double.isFinite(mark) || mark < 0 || mark > maxMark) {
            throw new IllegalArgumentException("Question " + questionId + " has mark " + mark + ", outside 0 to "
                    + maxMark + ".");
        }
        if (chosenOption == null) {
            chosenOption = OptionalInt.empty();
        }
        if (chosenOption.isPresent() && chosenOption.getAsInt() < 0) {
            throw new IllegalArgumentException("Question " + questionId + " has a negative option index.");
        }
        if (optionCount < 0) {
            throw new IllegalArgumentException("Question " + questionId + " has a negative number of options.");
        }
    }

    /** A response whose number of options is not known: only options somebody chose are counted. */
    public ScoredResponse(String questionId, double mark, double maxMark, OptionalInt chosenOption) {
        this(questionId, mark, maxMark, chosenOption, 0);
    }
}
