package org.lectern.gradebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.lectern.assignment.AssignedLesson;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.attempt.LessonAttempts;
import org.springframework.security.access.AccessDeniedException;

/** Lays an instructor's assignments, students and attempts out as a sheet: plain data in, plain data out. */
final class SheetBuilder {

    private final Roster roster;
    private final List<AssignmentDetails> assignments;
    private final Map<List<Long>, LessonAttempts> tried = new HashMap<>();
    private final Map<Long, Set<Long>> reached = new HashMap<>();
    private final Instant now;

    SheetBuilder(Roster roster, List<AssignmentDetails> assignments, List<LessonAttempts> attempts, Instant now) {
        this.roster = roster;
        this.assignments = assignments;
        this.now = now;
        attempts.forEach(a -> tried.put(List.of(a.studentId(), a.lesson().id()), a));
        for (var assignment : assignments) {
            var students = new HashSet<>(assignment.recipients().classId().isPresent()
                    ? roster.membersOf(assignment.recipients().classId().getAsLong())
                    : assignment.recipients().studentIds());
            attempts.stream().filter(a -> a.assignmentId() == assignment.id())
                    .forEach(a -> students.add(a.studentId()));
            reached.put(assignment.id(), students);
        }
    }

    GradebookSheet build(GradebookFilter filter) {
        var rowIds = rowIds(filter);
        var columns = new ArrayList<AssignedLessonColumn>();
        for (var assignment : assignments) {
            var reachesRows = reached.get(assignment.id()).stream().anyMatch(rowIds::contains);
            if (filter.classId().isPresent() && !reachesRows) {
                continue;
            }
            assignment.lessons().stream()
                    .filter(l -> filter.courseId().isEmpty() || filter.courseId().getAsLong() == l.courseId())
                    .forEach(l -> columns.add(new AssignedLessonColumn(assignment, l)));
        }
        var rows = rowIds.stream().map(roster::student)
                .sorted(Comparator.comparing(Roster.Student::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Roster.Student::username))
                .map(student -> row(student, columns)).toList();
        var anyAttempt = rows.stream().flatMap(r -> r.cells().values().stream()).anyMatch(c -> c.attempts() > 0);
        return new GradebookSheet(classChoices(), courseChoices(), filter, !assignments.isEmpty(), anyAttempt,
                columns.stream().map(c -> c.column(rows)).toList(), rows);
    }

    private Set<Long> rowIds(GradebookFilter filter) {
        if (filter.classId().isPresent()) {
            var classId = filter.classId().getAsLong();
            if (roster.activeClasses().stream().noneMatch(c -> c.id() == classId)) {
                throw new AccessDeniedException("There is no such class.");
            }
            return roster.membersOf(classId);
        }
        var ids = new LinkedHashSet<Long>();
        roster.members().values().forEach(ids::addAll);
        reached.values().forEach(ids::addAll);
        return ids;
    }

    private GradebookRow row(Roster.Student student, List<AssignedLessonColumn> columns) {
        var cells = new HashMap<Long, GradebookCell>();
        for (var column : columns) {
            if (reached.get(column.assignment().id()).contains(student.id())) {
                cells.put(column.lesson().id(), cell(Optional.ofNullable(tried.get(
                        List.of(student.id(), column.lesson().id()))), column.assignment().rules().dueAt()));
            }
        }
        return new GradebookRow(student.id(), student.name(), student.username(), student.classes(), cells);
    }

    private GradebookCell cell(Optional<LessonAttempts> attempts, Instant dueAt) {
        var status = attempts.filter(LessonAttempts::inProgress).isPresent() ? CellStatus.IN_PROGRESS
                : attempts.filter(LessonAttempts::anySubmitted).isPresent() ? CellStatus.DONE
                : !now.isBefore(dueAt) ? CellStatus.MISSED
                : CellStatus.NOT_STARTED;
        return new GradebookCell(status, attempts.map(LessonAttempts::countingScore).orElse(OptionalDouble.empty()),
                attempts.map(a -> a.attempts().size()).orElse(0),
                attempts.flatMap(LessonAttempts::toReview).map(a -> OptionalLong.of(a.id()))
                        .orElse(OptionalLong.empty()));
    }

    private List<FilterChoice> classChoices() {
        return roster.activeClasses().stream().map(c -> new FilterChoice(c.id(), c.name())).toList();
    }

    private List<FilterChoice> courseChoices() {
        var seen = new HashMap<Long, String>();
        assignments.forEach(a -> a.lessons().forEach(l -> seen.putIfAbsent(l.courseId(), l.courseTitle())));
        return seen.entrySet().stream().map(e -> new FilterChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(FilterChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A column before its average is known. */
    private record AssignedLessonColumn(AssignmentDetails assignment, AssignedLesson lesson) {

        GradebookColumn column(List<GradebookRow> rows) {
            var scores = rows.stream().map(r -> r.cell(lesson.id()).score()).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            var average = Arrays.stream(scores).average();
            return new GradebookColumn(lesson.id(), assignment.id(), assignment.title(), lesson.courseId(),
                    lesson.courseTitle(), lesson.lessonTitle(), assignment.rules().countedAttempt(),
                    assignment.rules().dueAt(), average, scores.length);
        }
    }
}
