package org.lectern.content.question;

import java.util.List;

/**
 * The questions kept for one lesson.
 *
 * @param lesson    index of the lesson in the article
 * @param questions questions in the order the lesson shows them
 * @param rejected  how many drafted questions the lint turned down for this lesson
 */
public record LessonBank(int lesson, List<GeneratedQuestion> questions, int rejected) {

    public LessonBank {
        questions = List.copyOf(questions);
    }
}
