package org.lectern.attempt;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.StudentAssignment;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.attempt.domain.LessonReading;
import org.lectern.attempt.domain.LessonReadingRepository;
import org.lectern.course.Courses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A student's assigned lessons: the start page, the reader and reading progress. */
@Service
@Transactional
public class StudentLessons {

    private final Assignments assignments;
    private final StudentAssignmentLookup lookup;
    private final AttemptRepository attempts;
    private final LessonReadingRepository readings;
    private final Courses courses;
    private final Practice practice;
    private final Clock clock;

    StudentLessons(Assignments assignments, StudentAssignmentLookup lookup, AttemptRepository attempts,
                   LessonReadingRepository readings, Courses courses, Practice practice, Clock clock) {
        this.assignments = assignments;
        this.lookup = lookup;
        this.attempts = attempts;
        this.readings = readings;
        this.courses = courses;
        this.practice = practice;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StudentHome home(long studentId) {
        var now = clock.instant();
        var byLesson = attempts.findByStudentIdOrderByStartedAt(studentId).stream()
                .collect(Collectors.groupingBy(Attempt::getAssignedLessonId));
        var read = readings.findByStudentId(studentId).stream()
                .collect(Collectors.toMap(LessonReading::getAssignedLessonId, r -> r));
        var cards = assignments.forStudent(studentId).stream()
                .map(a -> card(a, byLesson.getOrDefault(a.lesson().id(), List.of()),
                        Optional.ofNullable(read.get(a.lesson().id())), now))
                .toList();
        return new StudentHome(cards, progress(cards), practice.dueCount(studentId));
    }

    /** Opens an assigned lesson in the reader; the first opening marks it as being read. */
    public ReaderPage open(long studentId, long assignedLessonId) {
        var assigned = lookup.require(studentId, assignedLessonId);
        var key = new LessonReading.Key(studentId, assignedLessonId);
        var reading = readings.findById(key).orElseGet(() -> readings.save(new LessonReading(studentId,
                assignedLessonId, now())));
        return new ReaderPage(card(studentId, assigned, Optional.of(reading)),
                courses.content(assigned.lesson().lessonId()));
    }

    /** Marks the lesson read: the student reached its end or said so. Returns its card as it now stands. */
    public LessonCard markRead(long studentId, long assignedLessonId) {
        var assigned = lookup.require(studentId, assignedLessonId);
        var key = new LessonReading.Key(studentId, assignedLessonId);
        var reading = readings.findById(key).orElseGet(() -> new LessonReading(studentId, assignedLessonId, now()));
        reading.markRead(now());
        readings.saveAndFlush(reading);
        return card(studentId, assigned, Optional.of(reading));
    }

    private LessonCard card(long studentId, StudentAssignment assigned, Optional<LessonReading> reading) {
        var tried = attempts.findByStudentIdAndAssignedLessonIdOrderByNumber(studentId, assigned.lesson().id());
        return card(assigned, tried, reading, clock.instant());
    }

    static LessonCard card(StudentAssignment assigned, List<Attempt> tried, Optional<LessonReading> reading,
                           Instant now) {
        var rules = assigned.rules();
        var lesson = assigned.lesson();
        var open = tried.stream().filter(a -> !a.isSubmitted()).findFirst();
        var done = tried.stream().anyMatch(Attempt::isSubmitted);
        var isRead = reading.flatMap(LessonReading::getReadAt).isPresent();
        var status = open.isPresent() ? LessonStatus.QUIZ_IN_PROGRESS
                : done ? LessonStatus.DONE
                : now.isBefore(rules.opensAt()) && reading.isEmpty() ? LessonStatus.NOT_OPEN
                : !now.isBefore(rules.dueAt()) ? LessonStatus.MISSED
                : isRead ? LessonStatus.READ
                : reading.isPresent() ? LessonStatus.READING : LessonStatus.NOT_STARTED;
        var left = rules.attemptsAllowed().isPresent()
                ? OptionalInt.of(Math.max(0, rules.attemptsAllowed().getAsInt() - tried.size())) : OptionalInt.empty();
        var canStart = open.isEmpty() && !now.isBefore(rules.opensAt()) && now.isBefore(rules.dueAt())
                && (left.isEmpty() || left.getAsInt() > 0) && (!rules.requiresReading() || isRead);
        return new LessonCard(assigned.assignmentId(), lesson.id(), assigned.assignmentTitle(), lesson.courseId(),
                lesson.courseTitle(), lesson.lessonId(), lesson.lessonTitle(), rules.opensAt(), rules.dueAt(), status,
                tried.size(), left, rules.countedAttempt(), Scores.counting(tried, rules.countedAttempt()),
                open.map(a -> OptionalLong.of(a.getId())).orElse(OptionalLong.empty()), rules.requiresReading(),
                isRead, canStart);
    }

    private static List<CourseProgress> progress(List<LessonCard> cards) {
        var byCourse = new LinkedHashMap<Long, List<LessonCard>>();
        cards.forEach(c -> byCourse.computeIfAbsent(c.courseId(), id -> new java.util.ArrayList<>()).add(c));
        return byCourse.values().stream().map(list -> new CourseProgress(list.getFirst().courseId(),
                list.getFirst().courseTitle(),
                (int) list.stream().filter(c -> c.status() == LessonStatus.DONE).count(), list.size())).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
