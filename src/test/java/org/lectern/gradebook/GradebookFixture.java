package org.lectern.gradebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.CourseFixture;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.assignment.Recipients;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.QuizItem;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.course.BankQuestion;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * An instructor with a course (its largest lesson has {@value CourseFixture#APPROVED} approved questions), and ways
 * to make classes, assign that lesson and take quizzes through the real services, as people would.
 */
public final class GradebookFixture {

    private final Accounts accounts;
    private final Classes classes;
    private final Assignments assignments;
    private final QuizAttempts quizzes;
    private final QuestionBank bank;
    private final SignedInUser instructor;
    private final CourseFixture course;

    /** A new instructor with a freshly imported course. */
    public GradebookFixture(ApplicationContext context) {
        this(context, TestAccounts.instructor(context.getBean(Accounts.class), "Grade Teacher"));
    }

    /** The course imported for an instructor who already exists, such as a view test's signed-in one. */
    public GradebookFixture(ApplicationContext context, SignedInUser instructor) {
        this.accounts = context.getBean(Accounts.class);
        this.classes = context.getBean(Classes.class);
        this.assignments = context.getBean(Assignments.class);
        this.quizzes = context.getBean(QuizAttempts.class);
        this.bank = context.getBean(QuestionBank.class);
        this.instructor = instructor;
        this.course = CourseFixture.importFor(instructor.accountId(), context.getBean(CourseImports.class),
                context.getBean(Courses.class), bank);
    }

    public SignedInUser instructor() {
        return instructor;
    }

    public long instructorId() {
        return instructor.accountId();
    }

    public CourseFixture course() {
        return course;
    }

    public SignedInUser student(String name) {
        return TestAccounts.student(accounts, name);
    }

    public ClassSummary newClass(String name, SignedInUser... students) {
        var created = classes.create(name, instructorId());
        Arrays.stream(students).forEach(s -> classes.join(created.joinCode(), s.accountId()));
        return created;
    }

    /** Assigns the reviewed lesson to a class; returns the assigned lesson's id. */
    public long assignToClass(long classId, AssignmentRules rules) {
        return firstLesson(assignments.create(new AssignmentRequest(List.of(course.reviewed().id()),
                Recipients.toClass(classId), rules), instructorId()));
    }

    /** Assigns the reviewed lesson to chosen students; returns the assigned lesson's id. */
    public long assignToStudents(Set<Long> studentIds, AssignmentRules rules) {
        return firstLesson(assignments.create(new AssignmentRequest(List.of(course.reviewed().id()),
                Recipients.toStudents(studentIds), rules), instructorId()));
    }

    /** Open an hour ago, due in a week, unlimited attempts counted by the rule, nothing shuffled, no reading. */
    public static AssignmentRules rules(Instant now, CountedAttempt counted) {
        return new AssignmentRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), OptionalInt.empty(),
                counted, OptionalInt.empty(), FeedbackTiming.AFTER_SUBMISSION, false, false, OptionalInt.empty(),
                false);
    }

    /** Like {@link #rules} but due a day ago. */
    public static AssignmentRules pastDue(Instant now) {
        var open = rules(now, CountedAttempt.HIGHEST);
        return new AssignmentRules(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)),
                open.attemptsAllowed(), open.countedAttempt(), open.timeLimitMinutes(), open.feedback(), false, false,
                open.questionsPerAttempt(), false);
    }

    /** Takes the quiz: the first {@code right} questions answered correctly, the rest wrongly, then submits. */
    public long take(SignedInUser student, long assignedLessonId, int right) {
        var attemptId = quizzes.start(student.accountId(), assignedLessonId);
        var items = quizzes.page(attemptId, student.accountId()).items();
        for (int i = 0; i < items.size(); i++) {
            var correct = correctShown(items.get(i));
            var chosen = i < right ? correct : (correct + 1) % items.get(i).options().size();
            quizzes.answer(attemptId, student.accountId(), items.get(i).position(), chosen);
        }
        quizzes.submit(attemptId, student.accountId());
        return attemptId;
    }

    /** Starts an attempt and leaves it open. */
    public long start(SignedInUser student, long assignedLessonId) {
        return quizzes.start(student.accountId(), assignedLessonId);
    }

    public int correctShown(QuizItem item) {
        BankQuestion question = bank.approvedQuestions(course.reviewed().id()).stream()
                .filter(q -> q.stem().equals(item.stem()) && Set.copyOf(q.options()).equals(Set.copyOf(item.options())))
                .findFirst().orElseThrow();
        return item.options().indexOf(question.options().get(question.correctOption()));
    }

    private static long firstLesson(AssignmentDetails details) {
        return details.lessons().getFirst().id();
    }
}
