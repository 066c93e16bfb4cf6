package org.lectern.attempt;

/**
 * Whether an answer was right, shown only once the assignment's feedback timing allows.
 *
 * @param correctOption  the right option's index in the order the student saw
 * @param sourceSentence the sentence of the lesson the question came from
 * @param paragraph      the index of the lesson paragraph holding that sentence, for a link to it
 */
public record ItemFeedback(boolean correct, int correctOption, String explanation, String sourceSentence,
                           int paragraph) {
}
