package org.lectern.content.question;

import java.util.List;

/**
 * A sentence of a lesson after analysis: where it stands, its tokens and the endnotes it cites.
 *
 * @param index     position of the sentence in the whole article, used for ordering and tie-breaks
 */
record Sentence(int index, int lesson, int paragraph, int start, int end, String text, List<Token> tokens,
                List<Integer> citations) {

    Sentence {
        tokens = List.copyOf(tokens);
        citations = List.copyOf(citations);
    }

    SourceSentence source() {
        return new SourceSentence(lesson, paragraph, start, end, text);
    }

    int words() {
        return Text.wordCount(text);
    }

    /** The index of the token that starts at offset {@code start} of the sentence, or -1. */
    int tokenStartingAt(int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the token that ends at offset {@code end} of the sentence, or -1. */
    int tokenEndingAt(int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }
}
