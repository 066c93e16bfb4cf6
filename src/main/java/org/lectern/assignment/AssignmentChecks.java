package org.lectern.assignment;

import java.util.List;
import org.lectern.course.LessonSummary;

/**
 * The rules an assignment must meet, with messages meant for the instructor. The service runs them on every save,
 * so a form that is bypassed or out of date still cannot store an assignment students could not take. Public only
 * for {@link #tooFewMessage}, which the form shows under its field in the same words.
 */
public final class AssignmentChecks {

    private AssignmentChecks() {
    }

    static void requireSomethingToAssign(AssignmentRequest request) {
        if (request.lessonIds().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one lesson.");
        }
        var recipients = request.recipients();
        if (recipients == null || (recipients.classId().isEmpty() && recipients.studentIds().isEmpty())) {
            throw new IllegalArgumentException("Choose a class or at least one student.");
        }
        if (recipients.classId().isPresent() && !recipients.studentIds().isEmpty()) {
            throw new IllegalArgumentException("Assign to a class or to chosen students, not both.");
        }
    }

    static void requireSensibleRules(AssignmentRules rules) {
        if (rules == null || rules.opensAt() == null) {
            throw new IllegalArgumentException("Choose when the assignment opens.");
        }
        if (rules.dueAt() == null) {
            throw new IllegalArgumentException("Choose a due date.");
        }
        if (!rules.dueAt().isAfter(rules.opensAt())) {
            throw new IllegalArgumentException("The due date must be after the opening date.");
        }
        if (rules.attemptsAllowed().isPresent() && rules.attemptsAllowed().getAsInt() < 1) {
            throw new IllegalArgumentException("Allow at least one attempt.");
        }
        if (rules.timeLimitMinutes().isPresent() && rules.timeLimitMinutes().getAsInt() < 1) {
            throw new IllegalArgumentException("A time limit must be at least 1 minute.");
        }
        if (rules.questionsPerAttempt().isPresent() && rules.questionsPerAttempt().getAsInt() < 1) {
            throw new IllegalArgumentException("Ask at least 1 question per attempt.");
        }
    }

    /** A random subset needs that many approved questions in every chosen lesson, or a quiz would come up short. */
    static void requireEnoughQuestions(AssignmentRules rules, List<LessonSummary> lessons) {
        if (rules.questionsPerAttempt().isEmpty()) {
            return;
        }
        int wanted = rules.questionsPerAttempt().getAsInt();
        lessons.stream().filter(l -> l.approvedQuestions() < wanted).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException(tooFewMessage(l.title(), l.approvedQuestions()));
        });
    }

    public static String tooFewMessage(String lessonTitle, int approved) {
        return approved == 0
                ? "“" + lessonTitle + "” has no approved questions yet; choose “All questions” or approve some first."
                : "“" + lessonTitle + "” has only " + approved + " approved question" + (approved == 1 ? "" : "s")
                        + "; ask at most " + approved + " per attempt.";
    }
}
