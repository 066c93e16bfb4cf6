package org.lectern.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lectern.assignment.domain.Assignment;
import org.lectern.assignment.domain.AssignmentRepository;
import org.lectern.assignment.domain.LessonRef;
import org.lectern.classroom.Classes;
import org.lectern.classroom.RosterEntry;
import org.lectern.course.CourseOutline;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons assigned to classes or chosen students. Every instructor call names the instructor who acts; an
 * assignment, lesson, class or student that is not theirs is refused here, with words that do not tell whether it
 * exists. Students read the stored rows directly, so an edit or a deletion reaches them at once.
 */
@Service
@Transactional
public class Assignments {

    private static final String NO_SUCH_ASSIGNMENT = "There is no such assignment.";

    private final AssignmentRepository assignments;
    private final Courses courses;
    private final Classes classes;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, Courses courses, Classes classes, Clock clock) {
        this.assignments = assignments;
        this.courses = courses;
        this.classes = classes;
        this.clock = clock;
    }

    public AssignmentDetails create(AssignmentRequest request, long instructorId) {
        var assignment = new Assignment(instructorId, now());
        apply(assignment, request, instructorId);
        return details(assignments.save(assignment));
    }

    public AssignmentDetails update(long assignmentId, AssignmentRequest request, long instructorId) {
        var assignment = owned(assignmentId, instructorId);
        apply(assignment, request, instructorId);
        return details(assignments.saveAndFlush(assignment));
    }

    public void delete(long assignmentId, long instructorId) {
        assignments.delete(owned(assignmentId, instructorId));
    }

    @Transactional(readOnly = true)
    public AssignmentDetails get(long assignmentId, long instructorId) {
        return details(owned(assignmentId, instructorId));
    }

    /** The instructor's assignment, or none when it is another's or does not exist: for callers that refuse both alike. */
    @Transactional(readOnly = true)
    public Optional<AssignmentDetails> find(long assignmentId, long instructorId) {
        return assignments.findById(assignmentId).filter(a -> a.getOwnerId() == instructorId)
                .map(Assignments::details);
    }

    /** The instructor's assignments, the soonest due first. */
    @Transactional(readOnly = true)
    public List<AssignmentDetails> ownedBy(long instructorId) {
        return assignments.findByOwnerId(instructorId).stream().map(Assignments::details)
                .sorted(Comparator.comparing((AssignmentDetails a) -> a.rules().dueAt())
                        .thenComparing(AssignmentDetails::id))
                .toList();
    }

    /**
     * Every lesson assigned to the student, through one of their active classes or to them by name, the soonest
     * due first. Lessons not yet open are included: their rules say when they open.
     */
    @Transactional(readOnly = true)
    public List<StudentAssignment> forStudent(long studentId) {
        var classIds = classes.activeClassIdsOf(studentId);
        var viaClasses = classIds.isEmpty() ? Stream.<Assignment>empty()
                : assignments.findByClassIdIn(classIds).stream();
        var found = new LinkedHashMap<Long, Assignment>();
        Stream.concat(viaClasses, assignments.findByStudent(studentId).stream())
                .forEach(a -> found.putIfAbsent(a.getId(), a));
        return found.values().stream()
                .sorted(Comparator.comparing((Assignment a) -> a.rules().dueAt()).thenComparing(Assignment::getId))
                .flatMap(a -> a.lessons().stream()
                        .map(lesson -> new StudentAssignment(a.getId(), a.getTitle(), lesson, a.rules())))
                .toList();
    }

    /**
     * One assigned lesson, if it is given to the student now: through an active class of theirs or to them by name.
     * A few targeted statements, however many classes and assignments the student has, for calls made with an
     * attempt's row locked.
     */
    @Transactional(readOnly = true)
    public Optional<StudentAssignment> forStudent(long studentId, long assignedLessonId) {
        return assignments.findLessonById(assignedLessonId)
                .filter(lesson -> reaches(lesson.getAssignment(), studentId))
                .map(lesson -> {
                    var a = lesson.getAssignment();
                    return new StudentAssignment(a.getId(), a.getTitle(), lesson.toRecord(), a.rules());
                });
    }

    private boolean reaches(Assignment assignment, long studentId) {
        var classId = assignment.classId();
        if (classId.isPresent() && classes.isActiveMember(classId.getAsLong(), studentId)) {
            return true;
        }
        return assignments.countNamed(assignment.getId(), studentId) > 0;
    }

    private void apply(Assignment assignment, AssignmentRequest request, long instructorId) {
        AssignmentChecks.requireSomethingToAssign(request);
        AssignmentChecks.requireSensibleRules(request.rules());
        var lessons = request.lessonIds().stream().distinct().map(id -> ownedLesson(id, instructorId)).toList();
        AssignmentChecks.requireEnoughQuestions(request.rules(), lessons);
        requireOwnRecipients(request.recipients(), instructorId);
        var outlines = new HashMap<Long, CourseOutline>();
        lessons.forEach(l -> outlines.computeIfAbsent(l.courseId(), id -> courses.outline(id, instructorId)));
        var refs = lessons.stream().map(l -> new LessonRef(l.courseId(), l.id(),
                outlines.get(l.courseId()).title(), l.title())).toList();
        assignment.change(title(lessons, outlines), refs, request.recipients(), request.rules(), now());
    }

    private LessonSummary ownedLesson(long lessonId, long instructorId) {
        return courses.lesson(lessonId, instructorId)
                .orElseThrow(() -> new AccessDeniedException("There is no such lesson."));
    }

    private void requireOwnRecipients(Recipients recipients, long instructorId) {
        if (recipients.classId().isPresent()) {
            // Refuses another instructor's class the same way as a missing one.
            if (classes.get(recipients.classId().getAsLong(), instructorId).archived()) {
                throw new IllegalArgumentException("That class is archived; restore it before assigning to it.");
            }
            return;
        }
        var taught = classes.studentsTaughtBy(instructorId).stream().map(RosterEntry::studentId).toList();
        if (!taught.containsAll(recipients.studentIds())) {
            throw new AccessDeniedException("Choose students from your own classes.");
        }
    }

    /** A name for lists: the course when all of it is assigned, else the lesson or a count of lessons. */
    private static String title(List<LessonSummary> lessons, Map<Long, CourseOutline> outlines) {
        if (outlines.size() > 1) {
            return lessons.size() + " lessons from " + outlines.size() + " courses";
        }
        var course = outlines.values().iterator().next();
        if (lessons.size() == course.lessons().size()) {
            return course.title();
        }
        return lessons.size() == 1 ? lessons.getFirst().title()
                : lessons.size() + " lessons of " + course.title();
    }

    private Assignment owned(long assignmentId, long instructorId) {
        var assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_ASSIGNMENT));
        if (assignment.getOwnerId() != instructorId) {
            throw new AccessDeniedException(NO_SUCH_ASSIGNMENT);
        }
        return assignment;
    }

    /** Microseconds, as the database keeps them, so what a call returns equals what a later read finds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static AssignmentDetails details(Assignment a) {
        return new AssignmentDetails(a.getId(), a.getOwnerId(), a.getTitle(), a.lessons(), a.recipients(), a.rules(),
                a.getUpdatedAt());
    }
}
