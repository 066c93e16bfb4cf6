package org.lectern.course;

import java.util.List;

/** A lesson's text and its questions, for review. */
public record LessonBank(long lessonId, long courseId, String courseTitle, String lessonTitle, List<String> paragraphs,
                         List<String> captions, List<BankQuestion> questions, List<LessonContent.Heading> headings,
                         String language) {

    public LessonBank {
        headings = List.copyOf(headings);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        questions = List.copyOf(questions);
    }

    /** Whether questions are generated for the course's language; otherwise the instructor writes them. */
    public boolean generated() {
        return org.lectern.content.Language.generatesQuestions(language);
    }

    public long count(QuestionStatus status) {
        return questions.stream().filter(q -> q.status() == status).count();
    }
}
