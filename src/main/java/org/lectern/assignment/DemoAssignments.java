package org.lectern.assignment;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile, after the demo accounts and the seed courses exist: a class with the demo students and
 * the first seed course assigned to it, so a student who signs in has lessons to read and quizzes to take. Runs only
 * while the demo instructor has no class, so a restart changes nothing; {@code lectern.demo.class=false} leaves it
 * out.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "lectern.demo.class", havingValue = "true", matchIfMissing = true)
@Order(20)
class DemoAssignments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssignments.class);

    private final Accounts accounts;
    private final Classes classes;
    private final Courses courses;
    private final Assignments assignments;
    private final Clock clock;

    DemoAssignments(Accounts accounts, Classes classes, Courses courses, Assignments assignments, Clock clock) {
        this.accounts = accounts;
        this.classes = classes;
        this.courses = courses;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var teacher = accounts.findByUsername("teacher").filter(a -> a.role() == Role.INSTRUCTOR);
        if (teacher.isEmpty() || !classes.ownedBy(teacher.get().accountId(), true).isEmpty()) {
            return;
        }
        var course = courses.ownedBy(teacher.get().accountId()).stream().findFirst();
        if (course.isEmpty()) {
            return;
        }
        var instructorId = teacher.get().accountId();
        var demoClass = classes.create("Demo class", instructorId);
        for (var name : new String[] {"student", "amira", "jonas"}) {
            accounts.findByUsername(name).map(SignedInUser::accountId)
                    .ifPresent(id -> classes.join(demoClass.joinCode(), id));
        }
        var now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        var rules = new AssignmentRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)),
                OptionalInt.of(3), CountedAttempt.HIGHEST, OptionalInt.empty(), FeedbackTiming.AFTER_EACH_ANSWER,
                true, true, OptionalInt.empty(), true);
        var lessons = courses.outline(course.get().id(), instructorId).lessons().stream()
                .filter(l -> l.approvedQuestions() > 0).map(LessonSummary::id).toList();
        if (!lessons.isEmpty()) {
            assignments.create(new AssignmentRequest(lessons, Recipients.toClass(demoClass.id()), rules),
                    instructorId);
        }
        log.info("Demo profile: class \"Demo class\" (join code {}) with the demo students and {} lessons assigned.",
                demoClass.joinCode(), lessons.size());
    }
}
