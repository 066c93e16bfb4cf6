package org.lectern.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lectern.content.ArticleRejectedException;
import org.lectern.course.export.ExportLesson;
import org.lectern.course.export.ExportSet;

/**
 * A course as an instructor leaves it after some review (the test article on the Hanseatic League, whose four lessons
 * all keep generated questions): every lesson with questions approved except the last, which stays in draft; one
 * approved question retired again; and a question written by hand with every character an export format must escape.
 */
public record ExportFixture(long courseId, String title, long firstLessonId, long draftLessonId,
                            String handWrittenId, String retiredId) {

    public static final String SPECIAL_STEM = "A. Which of ~ = # { } : \\ and <b>&amp;</b> \"quotes\" ]]> -- "
            + "Ünïcödé “curly” 中文 // not a comment\nstays one question?";
    public static final List<String> SPECIAL_OPTIONS = List.of("ANSWER: B", "B) reads like an option",
            "{braces} and a \\backslash\\", "Half = 50% # not feedback");
    public static final String SPECIAL_EXPLANATION = "Explained with ####, ]]> and a\nline break.";

    public static final String ARTICLE = "src/test/resources/articles/hanseatic-league.md";

    public static ExportFixture create(long ownerId, String sourceName, CourseImports imports, Courses courses,
                                       QuestionBank bank) {
        try {
            var imported = imports.importArticle(sourceName,
                    Files.readAllBytes(Path.of(ARTICLE)), ownerId);
            var lessons = courses.outline(imported.courseId(), ownerId).lessons().stream()
                    .filter(l -> l.questions() >= 1).toList();
            var draft = lessons.getLast();
            lessons.stream().filter(l -> l != draft).forEach(l -> bank.approveAll(l.id(), ownerId));
            var first = lessons.getFirst();
            var retired = bank.lesson(first.id(), ownerId).questions().get(1).id();
            bank.retire(first.id(), retired, ownerId);
            var sentence = bank.sentences(first.id(), ownerId).getFirst();
            var added = bank.addByHand(first.id(), new QuestionEdit(SPECIAL_STEM, SPECIAL_OPTIONS, 2,
                    SPECIAL_EXPLANATION, sentence.paragraph(), sentence.start()), ownerId);
            return new ExportFixture(imported.courseId(), imported.title(), first.id(), draft.id(), added.id(),
                    retired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArticleRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an export of the whole course must hold: each lesson's questions as students get them. */
    public ExportSet expected(long ownerId, Courses courses, QuestionBank bank) {
        var outline = courses.outline(courseId, ownerId);
        var lessons = outline.lessons().stream()
                .map(l -> new ExportLesson(l.id(), l.ordinal() + 1, l.title(), bank.approvedQuestions(l.id())))
                .filter(l -> !l.questions().isEmpty()).toList();
        return new ExportSet("course-" + courseId, outline.title(), outline.version(), lessons);
    }
}
