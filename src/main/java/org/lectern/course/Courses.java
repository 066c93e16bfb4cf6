package org.lectern.course;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lectern.course.domain.Course;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.Lesson;
import org.lectern.course.domain.QuestionRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to courses. Every call names the instructor who asks, and a course that is not theirs is refused
 * here, not only in the views.
 */
@Service
@Transactional(readOnly = true)
public class Courses {

    private final CourseRepository courses;
    private final QuestionRepository questions;

    Courses(CourseRepository courses, QuestionRepository questions) {
        this.courses = courses;
        this.questions = questions;
    }

    /** The instructor's courses, the latest version of each article, newest first. */
    public List<CourseSummary> ownedBy(long instructorId) {
        var latest = courses.findByOwnerId(instructorId).stream()
                .collect(Collectors.toMap(Course::getLineage, Function.identity(),
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
        return latest.values().stream()
                .sorted(Comparator.comparing(Course::getCreatedAt).reversed().thenComparing(Course::getTitle))
                .map(this::summary).toList();
    }

    /** A course with its lessons, when the instructor owns it. */
    public CourseOutline outline(long courseId, long instructorId) {
        var course = owned(courseId, instructorId);
        var statuses = statuses(course.getLessons());
        return new CourseOutline(course.getId(), course.getTitle(), course.getAuthor(), course.getSummary(),
                course.getVersion(), course.getLessons().stream().map(l -> lesson(l, statuses)).toList());
    }

    /** One lesson, when the instructor owns its course. */
    public Optional<LessonSummary> lesson(long lessonId, long instructorId) {
        return courses.findLessonById(lessonId)
                .filter(l -> Long.valueOf(instructorId).equals(l.getCourse().getOwnerId()))
                .map(l -> lesson(l, statuses(List.of(l))));
    }

    /**
     * A lesson's text for a student. Whether the student may read it is the assignment's business, checked by the
     * caller.
     */
    public LessonContent content(long lessonId) {
        var lesson = courses.findLessonById(lessonId)
                .orElseThrow(() -> new AccessDeniedException("There is no such lesson."));
        var markers = lesson.getCitations().stream()
                .map(c -> new LessonContent.Marker(c.getParagraph(), c.getOffset(), c.getEndnote())).toList();
        var cited = markers.stream().map(LessonContent.Marker::endnote).collect(Collectors.toSet());
        var notes = lesson.getCourse().getEndnotes().stream().filter(n -> cited.contains(n.getNumber()))
                .sorted(Comparator.comparingInt(n -> n.getNumber()))
                .map(n -> new LessonContent.Note(n.getNumber(), n.getText(), n.getUrl())).toList();
        return new LessonContent(lesson.getId(), lesson.getCourse().getId(), lesson.getCourse().getTitle(),
                lesson.getTitle(), lesson.getParagraphs(), lesson.getCaptions(), markers, notes,
                lesson.getHeadings().stream()
                        .map(h -> new LessonContent.Heading(h.getParagraph(), h.getLevel(), h.getTitle())).toList(),
                lesson.getCourse().getLanguage());
    }

    /** A lesson's title, for lists that name where a question comes from. */
    public String lessonTitle(long lessonId) {
        return courses.findLessonById(lessonId).map(Lesson::getTitle).orElse("A withdrawn lesson");
    }

    Course owned(long courseId, long instructorId) {
        var course = courses.findById(courseId)
                .orElseThrow(() -> new AccessDeniedException("There is no such course."));
        if (!Long.valueOf(instructorId).equals(course.getOwnerId())) {
            // The same words as for a missing course: an instructor learns nothing about others' courses.
            throw new AccessDeniedException("There is no such course.");
        }
        return course;
    }

    private CourseSummary summary(Course course) {
        var statuses = statuses(course.getLessons());
        var placed = course.getLessons().stream().mapToInt(l -> l.getQuestions().size()).sum();
        var approved = (int) statuses.values().stream().filter(s -> s == QuestionStatus.APPROVED).count();
        return new CourseSummary(course.getId(), course.getTitle(), course.getAuthor(), course.getVersion(),
                course.getLessons().size(), placed, approved, course.getCreatedAt());
    }

    private static LessonSummary lesson(Lesson lesson, Map<String, QuestionStatus> statuses) {
        var approved = (int) lesson.getQuestions().stream()
                .filter(p -> statuses.get(p.getQuestionId()) == QuestionStatus.APPROVED).count();
        return new LessonSummary(lesson.getId(), lesson.getCourse().getId(), lesson.getOrdinal(), lesson.getTitle(),
                lesson.getQuestions().size(), approved);
    }

    /** The review status of every question placed in these lessons, in one query. */
    private Map<String, QuestionStatus> statuses(List<Lesson> lessons) {
        var ids = lessons.stream().flatMap(l -> l.getQuestions().stream())
                .map(p -> p.getQuestionId()).distinct().toList();
        return questions.findAllById(ids).stream()
                .collect(Collectors.toMap(q -> q.getId(), q -> q.getStatus()));
    }
}
