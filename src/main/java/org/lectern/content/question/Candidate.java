package org.lectern.content.question;

/**
 * A span of a sentence that could be blanked out as an answer.
 *
 * @param start    character offset in the sentence
 * @param end      offset just past the span
 * @param definite whether the sentence puts "the" before it, so options must read well after "the" too
 */
record Candidate(Sentence sentence, int start, int end, String text, AnswerType type, boolean definite) {

    String key() {
        return Text.normalise(text);
    }
}
