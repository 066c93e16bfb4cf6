package org.lectern.attempt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lectern.assignment.AssignedLesson;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptItem;
import org.lectern.attempt.domain.AttemptItemRepository;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts as records, read-only: for an instructor, every attempt at the assignments they own and nothing else;
 * for a student, their own scores. An instructor learns nothing about another instructor's attempts: a foreign
 * attempt is refused in the same words as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class AttemptRecords {

    static final String NO_SUCH_ATTEMPT = "There is no such attempt.";

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final Assignments assignments;
    private final Courses courses;

    AttemptRecords(AttemptRepository attempts, AttemptItemRepository items, Assignments assignments,
                   Courses courses) {
        this.attempts = attempts;
        this.items = items;
        this.assignments = assignments;
        this.courses = courses;
    }

    /** Every attempt at the instructor's assignments, with its answers, by student and assigned lesson. */
    public List<LessonAttempts> forInstructor(long instructorId) {
        return instructor(assignments.ownedBy(instructorId), instructorId, true);
    }

    /** The same without the answers: enough for scores and statuses, and far less to read. */
    public List<LessonAttempts> scoresForInstructor(long instructorId) {
        return scoresFor(assignments.ownedBy(instructorId), instructorId);
    }

    /**
     * Scores and statuses at assignments the caller has just read with {@link Assignments#ownedBy}, so a page that
     * needs both reads them once. Only the assignments of {@code instructorId} among them count.
     */
    public List<LessonAttempts> scoresFor(List<AssignmentDetails> owned, long instructorId) {
        return instructor(theirs(owned, instructorId), instructorId, false);
    }

    /** Like {@link #scoresFor}, with every attempt's answers. */
    public List<LessonAttempts> answersFor(List<AssignmentDetails> owned, long instructorId) {
        return instructor(theirs(owned, instructorId), instructorId, true);
    }

    private static List<AssignmentDetails> theirs(List<AssignmentDetails> assignments, long instructorId) {
        return assignments.stream().filter(a -> a.ownerId() == instructorId).toList();
    }

    /**
     * Every attempt at one of the instructor's assigned lessons, with its answers; nothing for another's. Reads that
     * lesson's attempts only, and the one assignment they belong to.
     */
    public List<LessonAttempts> forAssignedLesson(long assignedLessonId, long instructorId) {
        var found = attempts.findByAssignedLessonIdOrderByStartedAt(assignedLessonId);
        if (found.isEmpty()) {
            return List.of();
        }
        return owned(found.getFirst().getAssignmentId(), instructorId)
                .map(assignment -> instructor(List.of(assignment), found, instructorId, true))
                .orElse(List.of());
    }

    /** One attempt with its answers, among the student's other attempts at the lesson. */
    public AttemptReview review(long attemptId, long instructorId) {
        var attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException(NO_SUCH_ATTEMPT));
        var assignment = owned(attempt.getAssignmentId(), instructorId)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_ATTEMPT));
        var siblings = attempts.findByStudentIdAndAssignedLessonIdOrderByNumber(attempt.getStudentId(),
                attempt.getAssignedLessonId());
        var lesson = lessonAttempts(assignment, siblings, answersOf(List.of(attempt)), instructorId);
        var shown = lesson.attempts().stream().filter(a -> a.id() == attemptId).findFirst().orElseThrow();
        return new AttemptReview(lesson, shown);
    }

    /**
     * The student's own attempts at each lesson assigned to them now, the soonest due first; a lesson not yet
     * tried has none. Scores only: answers and correct options reach a student through their results page, which
     * honours the assignment's feedback timing.
     */
    public List<LessonAttempts> forStudent(long studentId) {
        var byLesson = attempts.findByStudentIdOrderByStartedAt(studentId).stream()
                .collect(Collectors.groupingBy(Attempt::getAssignedLessonId));
        return assignments.forStudent(studentId).stream().map(assigned -> {
            var tried = byLesson.getOrDefault(assigned.lesson().id(), List.of());
            var rule = assigned.rules().countedAttempt();
            return new LessonAttempts(studentId, assigned.assignmentId(), assigned.assignmentTitle(),
                    assigned.lesson(), true, rule, Scores.counting(tried, rule), records(tried, rule, Map.of()));
        }).toList();
    }

    /** The instructor's assignment, or none when it is another's or was deleted. */
    private Optional<AssignmentDetails> owned(long assignmentId, long instructorId) {
        return assignments.find(assignmentId, instructorId);
    }

    private List<LessonAttempts> instructor(List<AssignmentDetails> owned, long instructorId, boolean withAnswers) {
        if (owned.isEmpty()) {
            return List.of();
        }
        var ids = owned.stream().map(AssignmentDetails::id).toList();
        return instructor(owned, attempts.findByAssignmentIdInOrderByStartedAt(ids), instructorId, withAnswers);
    }

    private List<LessonAttempts> instructor(List<AssignmentDetails> assignmentList, List<Attempt> found,
                                            long instructorId, boolean withAnswers) {
        var owned = assignmentList.stream()
                .collect(Collectors.toMap(AssignmentDetails::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        var answers = withAnswers ? answersOf(found) : Map.<Long, List<AnswerRecord>>of();
        var groups = new LinkedHashMap<List<Long>, List<Attempt>>();
        found.forEach(a -> groups.computeIfAbsent(List.of(a.getStudentId(), a.getAssignedLessonId()),
                key -> new ArrayList<>()).add(a));
        return groups.values().stream()
                .map(group -> lessonAttempts(owned.get(group.getFirst().getAssignmentId()), group, answers,
                        instructorId))
                .toList();
    }

    private LessonAttempts lessonAttempts(AssignmentDetails assignment, List<Attempt> group,
                                          Map<Long, List<AnswerRecord>> answers, long instructorId) {
        var first = group.getFirst();
        var assigned = assignment.lessons().stream().filter(l -> l.id() == first.getAssignedLessonId()).findFirst();
        var rule = assignment.rules().countedAttempt();
        return new LessonAttempts(first.getStudentId(), assignment.id(), assignment.title(),
                assigned.orElseGet(() -> removedLesson(first, instructorId)), assigned.isPresent(), rule,
                Scores.counting(group, rule), records(group, rule, answers));
    }

    private static List<AttemptRecord> records(List<Attempt> group, CountedAttempt rule,
                                               Map<Long, List<AnswerRecord>> answers) {
        var counted = new HashSet<>(Scores.counted(group, rule));
        return group.stream().sorted(Comparator.comparingInt(Attempt::getNumber))
                .map(a -> record(a, counted.contains(a), answers.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    private static AttemptRecord record(Attempt a, boolean counts, List<AnswerRecord> answers) {
        var percent = a.isSubmitted() ? OptionalDouble.of(Scores.percent(a))
                : OptionalDouble.empty();
        return new AttemptRecord(a.getId(), a.getStudentId(), a.getAssignedLessonId(), a.getNumber(),
                a.getStartedAt(), a.getSubmittedAt(), a.getSubmittedBy().map(by -> EndedBy.valueOf(by.name())),
                a.getScore(), a.getMaxScore(), percent, counts, answers);
    }

    private Map<Long, List<AnswerRecord>> answersOf(Collection<Attempt> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        var ids = found.stream().map(Attempt::getId).toList();
        return items.findByAttemptIdInOrderByAttemptIdAscPositionAsc(ids).stream()
                .collect(Collectors.groupingBy(AttemptItem::getAttemptId,
                        Collectors.mapping(AttemptRecords::answer, Collectors.toList())));
    }

    private static AnswerRecord answer(AttemptItem item) {
        return new AnswerRecord(item.getPosition(), item.getQuestionId(), item.getStem(), item.getOptions(),
                item.getChosenOption(), item.getCorrectOption(), item.getAnsweredAt(), item.getOriginalOrder());
    }

    /** A lesson since taken out of its assignment: named from the course, as far as the course still says. */
    private AssignedLesson removedLesson(Attempt attempt, long instructorId) {
        var lesson = courses.lesson(attempt.getLessonId(), instructorId);
        var courseId = lesson.map(LessonSummary::courseId).orElse(0L);
        var courseTitle = lesson.map(l -> courses.outline(l.courseId(), instructorId).title()).orElse("");
        return new AssignedLesson(attempt.getAssignedLessonId(), courseId, attempt.getLessonId(), courseTitle,
                courses.lessonTitle(attempt.getLessonId()));
    }
}
