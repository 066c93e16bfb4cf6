package org.lectern.course;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lectern.course.domain.Course;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.Lesson;
import org.lectern.course.domain.Question;
import org.lectern.course.domain.QuestionPlacement;
import org.lectern.course.domain.QuestionRepository;
import org.lectern.course.export.ExportLesson;
import org.lectern.course.export.ExportSet;
import org.lectern.course.export.ExportWriters;
import org.lectern.course.export.FileNames;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a course's or a lesson's question bank as GIFT, Moodle XML, Aiken or a QTI 2.1 package: the approved
 * questions only (what students see), in lesson order, each with the link to its source sentence as far as the
 * format has room for it. Instructors' calls check ownership with the same rules and words as {@link Courses} and
 * {@link QuestionBank}; a course or lesson with nothing approved gets a {@link NothingToExportException}, never an
 * empty file.
 */
@Service
@Transactional(readOnly = true)
public class QuestionExports {

    private final Courses courses;
    private final QuestionBank bank;
    private final CourseRepository courseRepository;
    private final QuestionRepository questions;

    QuestionExports(Courses courses, QuestionBank bank, CourseRepository courseRepository,
                    QuestionRepository questions) {
        this.courses = courses;
        this.bank = bank;
        this.courseRepository = courseRepository;
        this.questions = questions;
    }

    /** A whole course's approved questions, when the instructor owns the course. */
    public ExportFile course(long courseId, ExportFormat format, long instructorId) {
        return courseFile(courses.owned(courseId, instructorId), format);
    }

    /** One lesson's approved questions, when the instructor owns its course. */
    public ExportFile lesson(long lessonId, ExportFormat format, long instructorId) {
        return lessonFile(bank.ownedLesson(lessonId, instructorId), format);
    }

    /**
     * For the command line, an administrator's tool run on the server machine: any course, whoever owns it.
     * A missing course is refused with the same words as for an instructor.
     */
    public ExportFile anyCourse(long courseId, ExportFormat format) {
        return courseFile(courseRepository.findById(courseId)
                .orElseThrow(() -> new AccessDeniedException("There is no such course.")), format);
    }

    /** For the command line: any lesson, whoever owns its course. */
    public ExportFile anyLesson(long lessonId, ExportFormat format) {
        return lessonFile(courseRepository.findLessonById(lessonId)
                .orElseThrow(() -> new AccessDeniedException("There is no such lesson.")), format);
    }

    private ExportFile courseFile(Course course, ExportFormat format) {
        var set = collect(course, "course-" + course.getId(), course.getLessons());
        if (set.questionCount() == 0) {
            throw new NothingToExportException("The course \"" + course.getTitle()
                    + "\" has no approved questions to export; approve some in the question review first.");
        }
        return new ExportFile(FileNames.forCourse(course.getTitle(), format), format.contentType(),
                course.getTitle(), set.questionCount(), ExportWriters.write(format, set));
    }

    private ExportFile lessonFile(Lesson lesson, ExportFormat format) {
        var course = lesson.getCourse();
        var set = collect(course, "lesson-" + lesson.getId(), List.of(lesson));
        if (set.questionCount() == 0) {
            throw new NothingToExportException("The lesson \"" + lesson.getTitle()
                    + "\" has no approved questions to export; approve some in the question review first.");
        }
        return new ExportFile(FileNames.forLesson(course.getTitle(), lesson.getOrdinal() + 1, format),
                format.contentType(), course.getTitle() + ": " + lesson.getTitle(), set.questionCount(),
                ExportWriters.write(format, set));
    }

    /** The approved questions of the lessons, in order; a question placed twice is exported once. */
    private ExportSet collect(Course course, String name, List<Lesson> lessons) {
        var ids = lessons.stream().flatMap(l -> l.getQuestions().stream()).map(QuestionPlacement::getQuestionId)
                .distinct().toList();
        var approved = questions.findAllById(ids).stream().filter(q -> q.getStatus() == QuestionStatus.APPROVED)
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        var seen = new HashSet<String>();
        var exported = lessons.stream().map(lesson -> new ExportLesson(lesson.getId(), lesson.getOrdinal() + 1,
                        lesson.getTitle(), lesson.getQuestions().stream()
                        .filter(p -> approved.containsKey(p.getQuestionId()) && seen.add(p.getQuestionId()))
                        .map(p -> QuestionBank.view(approved.get(p.getQuestionId()), p)).toList()))
                .filter(lesson -> !lesson.questions().isEmpty()).toList();
        return new ExportSet(name, course.getTitle(), course.getVersion(), exported);
    }
}
