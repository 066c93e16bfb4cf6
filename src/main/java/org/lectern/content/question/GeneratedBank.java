package org.lectern.content.question;

import java.util.List;

/** All questions generated for one article, one bank per lesson in lesson order. */
public record GeneratedBank(List<LessonBank> lessons) {

    public GeneratedBank {
        lessons = List.copyOf(lessons);
    }

    /** Every question of every lesson, in lesson order. */
    public List<GeneratedQuestion> questions() {
        return lessons.stream().flatMap(l -> l.questions().stream()).toList();
    }
}
