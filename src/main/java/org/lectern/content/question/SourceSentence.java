package org.lectern.content.question;

/**
 * The sentence a question was drawn from.
 *
 * @param lesson    index of the lesson (section) in the article
 * @param paragraph index of the paragraph within that lesson
 * @param start     offset of the sentence's first character in the paragraph
 * @param end       offset just past the sentence's last character in the paragraph
 * @param text      the sentence as written
 */
public record SourceSentence(int lesson, int paragraph, int start, int end, String text) {
}
