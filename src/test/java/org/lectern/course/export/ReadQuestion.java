package org.lectern.course.export;

import java.util.List;

/**
 * A question as a test reads it back from an export. Fields a format cannot hold are null.
 *
 * @param lesson the lesson it was filed under: a category, a tag or a keyword, as the format has it
 */
public record ReadQuestion(String id, String lesson, String stem, List<String> options, int correct,
                           String sourceRef, String sourceSentence, String explanation) {
}
