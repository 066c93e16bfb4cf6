package org.lectern.gradebook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.attempt.AnswerRecord;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.EndedBy;
import org.lectern.attempt.LessonAttempts;

/** The rows of the answers export: one per attempt and question, in assignment, lesson and student order. */
final class AnswerRows {

    static final List<String> HEADER = List.of("Student", "User name", "Class", "Assignment", "Course", "Lesson",
            "Attempt", "Started (UTC)", "Submitted (UTC)", "Ended by", "Question id", "Question", "Chosen option",
            "Correct option", "Result", "Score", "Max score");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Roster roster;
    private final Map<Long, AssignmentDetails> assignments;
    private final List<Long> order;

    AnswerRows(Roster roster, List<AssignmentDetails> owned) {
        this.roster = roster;
        this.assignments = owned.stream().collect(Collectors.toMap(AssignmentDetails::id, Function.identity()));
        this.order = owned.stream().map(AssignmentDetails::id).toList();
    }

    List<List<String>> rows(List<LessonAttempts> attempts) {
        var rows = new ArrayList<List<String>>();
        attempts.stream().sorted(Comparator.comparingInt((LessonAttempts l) -> order.indexOf(l.assignmentId()))
                        .thenComparingInt(this::lessonPosition)
                        .thenComparing(l -> roster.student(l.studentId()).name(), String.CASE_INSENSITIVE_ORDER))
                .forEach(lesson -> lesson.attempts().forEach(attempt -> {
                    var prefix = prefix(lesson, attempt);
                    if (attempt.answers().isEmpty()) {
                        rows.add(row(prefix, Optional.empty(), attempt));
                    }
                    attempt.answers().forEach(answer -> rows.add(row(prefix, Optional.of(answer), attempt)));
                }));
        return rows;
    }

    private int lessonPosition(LessonAttempts lesson) {
        var lessons = assignments.get(lesson.assignmentId()).lessons();
        var at = lessons.indexOf(lesson.lesson());
        return at < 0 ? lessons.size() : at;
    }

    private List<String> prefix(LessonAttempts lesson, AttemptRecord attempt) {
        var student = roster.student(lesson.studentId());
        var classId = assignments.get(lesson.assignmentId()).recipients().classId();
        var className = classId.isPresent() ? roster.classNames().getOrDefault(classId.getAsLong(), "")
                : String.join("; ", student.classes());
        return List.of(student.name(), student.username(), className, lesson.assignmentTitle(),
                lesson.lesson().courseTitle(), lesson.lesson().lessonTitle(), String.valueOf(attempt.number()),
                time(attempt.startedAt()), attempt.submittedAt().map(AnswerRows::time).orElse(""),
                attempt.endedBy().map(EndedBy::label).orElse(attempt.submitted() ? "" : "In progress"));
    }

    private static List<String> row(List<String> prefix, Optional<AnswerRecord> answer, AttemptRecord attempt) {
        var row = new ArrayList<>(prefix);
        row.add(answer.map(AnswerRecord::questionId).orElse(""));
        row.add(answer.map(AnswerRecord::stem).orElse(""));
        row.add(answer.flatMap(AnswerRecord::chosenText).orElse(""));
        row.add(answer.map(AnswerRecord::correctText).orElse(""));
        row.add(answer.map(a -> a.correct() ? "right" : a.answered() ? "wrong" : "not answered").orElse(""));
        row.add(attempt.score().isPresent() ? String.valueOf(attempt.score().getAsInt()) : "");
        row.add(String.valueOf(attempt.maxScore()));
        return row;
    }

    private static String time(Instant instant) {
        return UTC.format(instant);
    }
}
