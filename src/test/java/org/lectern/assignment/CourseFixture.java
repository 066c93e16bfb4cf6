package org.lectern.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.lectern.content.ArticleRejectedException;
import org.lectern.course.CourseImports;
import org.lectern.course.CourseOutline;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.QuestionBank;

/**
 * A course for an instructor, imported from a test article, with {@value #APPROVED} approved questions in its
 * largest lesson, approved through the question bank as an instructor would.
 */
public record CourseFixture(CourseOutline outline, LessonSummary reviewed) {

    public static final int APPROVED = 3;

    public static CourseFixture importFor(long instructorId, CourseImports imports, Courses courses,
                                          QuestionBank bank) {
        try {
            var bytes = Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md"));
            var imported = imports.importArticle("hanseatic-league.md", bytes, instructorId);
            var largest = courses.outline(imported.courseId(), instructorId).lessons().stream()
                    .max(Comparator.comparingInt(LessonSummary::questions)).orElseThrow();
            bank.lesson(largest.id(), instructorId).questions().stream().limit(APPROVED)
                    .forEach(q -> bank.approve(largest.id(), q.id(), instructorId));
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
