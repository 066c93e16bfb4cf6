package org.lectern.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.lectern.content.ArticleRejectedException;
import org.lectern.course.CourseImports;
import org.lectern.course.CourseOutline;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.QuestionRepository;
import org.lectern.course.domain.QuestionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A course for an instructor, imported from a test article, with {@value #APPROVED} approved questions in its
 * largest lesson: there is no review screen yet, so the test approves them in the course tables directly.
 */
public record CourseFixture(CourseOutline outline, LessonSummary reviewed) {

    public static final int APPROVED = 3;

    public static CourseFixture importFor(long instructorId, CourseImports imports, Courses courses,
                                          CourseRepository courseRepository, QuestionRepository questions,
                                          TransactionTemplate transactions) {
        try {
            var bytes = Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md"));
            var imported = imports.importArticle("hanseatic-league.md", bytes, instructorId);
            var largest = courses.outline(imported.courseId(), instructorId).lessons().stream()
                    .max(Comparator.comparingInt(LessonSummary::questions)).orElseThrow();
            transactions.executeWithoutResult(status -> {
                var lesson = courseRepository.findById(imported.courseId()).orElseThrow().getLessons().stream()
                        .filter(l -> l.getId() == largest.id()).findFirst().orElseThrow();
                var ids = lesson.getQuestions().stream().map(p -> p.getQuestionId()).limit(APPROVED).toList();
                questions.findAllById(ids).forEach(q -> q.changeStatus(QuestionStatus.APPROVED, Instant.now()));
            });
            var outline = courses.outline(imported.courseId(), instructorId);
            var reviewed = outline.lessons().stream().filter(l -> l.id() == largest.id()).findFirst().orElseThrow();
            return new CourseFixture(outline, reviewed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArticleRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lesson other than the reviewed one: all its questions are drafts. */
    public LessonSummary unreviewed() {
        return outline.lessons().stream().filter(l -> l.id() != reviewed.id()).findFirst().orElseThrow();
    }
}
