package org.lectern.course;

import java.util.List;

/** A lesson's text and its questions, for review. */
public record LessonBank(long lessonId, long courseId, String courseTitle, String lessonTitle, List<String> paragraphs,
                         List<String> captions, List<BankQuestion> questions) {

    public LessonBank {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        questions = List.copyOf(questions);
    }

    public long count(QuestionStatus status) {
        return questions.stream().filter(q -> q.status() == status).count();
    }
}
