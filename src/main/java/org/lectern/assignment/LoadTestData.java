package org.lectern.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.QuestionBank;
import org.lectern.course.QuestionEdit;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Test data for the load benchmark ({@code ./mvnw -Pload verify}, see docs/benchmarks.md), only in the
 * {@code loadtest} profile, which runs beside {@code demo}: {@code lectern.load.students} students named
 * {@code load1}, {@code load2}, ... in a class "Load class" that has one seed lesson assigned, topped up to
 * {@value #QUESTIONS} approved questions so that a quiz has that many. Runs once, on a database without that class.
 */
@Component
@Profile("loadtest")
@Order(30)
class LoadTestData implements ApplicationRunner {

    static final String PASSWORD = "lectern-load";
    static final String CLASS_NAME = "Load class";
    static final int QUESTIONS = 20;

    private static final Logger log = LoggerFactory.getLogger(LoadTestData.class);

    private final Accounts accounts;
    private final Classes classes;
    private final Courses courses;
    private final QuestionBank bank;
    private final Assignments assignments;
    private final Clock clock;
    private final int students;

    LoadTestData(Accounts accounts, Classes classes, Courses courses, QuestionBank bank, Assignments assignments,
                 Clock clock, @Value("${lectern.load.students:1000}") int students) {
        this.accounts = accounts;
        this.classes = classes;
        this.courses = courses;
        this.bank = bank;
        this.assignments = assignments;
        this.clock = clock;
        this.students = students;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var teacher = accounts.findByUsername("teacher").filter(a -> a.role() == Role.INSTRUCTOR)
                .orElseThrow(() -> new IllegalStateException("The loadtest profile needs the demo profile too."));
        var instructorId = teacher.accountId();
        if (classes.ownedBy(instructorId, true).stream().anyMatch(c -> c.name().equals(CLASS_NAME))) {
            return;
        }
        var lesson = biggestLesson(instructorId);
        topUp(lesson.id(), instructorId, QUESTIONS - lesson.approvedQuestions());
        var loadClass = classes.create(CLASS_NAME, instructorId);
        // bcrypt makes each account cost tens of milliseconds: both cores share the work.
        try (var pool = new ForkJoinPool(2)) {
            pool.submit(() -> IntStream.rangeClosed(1, students).parallel().forEach(n -> {
                var student = accounts.create("load" + n, "Load Student " + n, PASSWORD, Role.STUDENT);
                classes.join(loadClass.joinCode(), student.accountId());
            })).get();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        var rules = new AssignmentRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)),
                OptionalInt.empty(), CountedAttempt.HIGHEST, OptionalInt.empty(), FeedbackTiming.AFTER_EACH_ANSWER,
                true, true, OptionalInt.empty(), true);
        assignments.create(new AssignmentRequest(List.of(lesson.id()), Recipients.toClass(loadClass.id()), rules),
                instructorId);
        log.info("Loadtest profile: {} students load1..load{} / {} in \"{}\", lesson {} assigned with {} questions.",
                students, students, PASSWORD, CLASS_NAME, lesson.id(), QUESTIONS);
    }

    private LessonSummary biggestLesson(long instructorId) {
        var course = courses.ownedBy(instructorId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The loadtest profile needs the seed course."));
        return courses.outline(course.id(), instructorId).lessons().stream()
                .max((a, b) -> Integer.compare(a.approvedQuestions(), b.approvedQuestions()))
                .orElseThrow(() -> new IllegalStateException("The seed course has no lesson."));
    }

    /** Questions written as an instructor would add them by hand, each on a sentence of the lesson in turn. */
    private void topUp(long lessonId, long instructorId, int missing) {
        var sentences = bank.sentences(lessonId, instructorId);
        for (int i = 0; i < missing; i++) {
            var sentence = sentences.get(i % sentences.size());
            bank.addByHand(lessonId, new QuestionEdit("Load test question " + (i + 1) + ": which option is right?",
                    List.of("The first option", "The second option", "The third option", "The fourth option"),
                    i % 4, "Written for the load benchmark.", sentence.paragraph(), sentence.start()),
                    instructorId);
        }
    }
}
