package org.lectern.attempt;

import org.lectern.course.LessonContent;

/** A lesson in the reader, with where the student stands with it. */
public record ReaderPage(LessonCard card, LessonContent content) {
}
