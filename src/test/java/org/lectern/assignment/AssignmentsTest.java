package org.lectern.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.lectern.course.LessonSummary;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
class AssignmentsTest {

    static final Instant OPENS = Instant.parse("2026-09-07T08:00:00Z");
    static final Instant DUE = Instant.parse("2026-09-14T20:00:00Z");

    // One instructor with one imported course for the whole class: importing an article takes seconds.
    static SignedInUser tess;
    static CourseFixture course;

    @Autowired
    Assignments assignments;
    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser sam;
    ClassSummary history;

    @BeforeEach
    void setUp(@Autowired CourseImports imports, @Autowired Courses courses, @Autowired QuestionBank bank) {
        if (course == null) {
            tess = TestAccounts.instructor(accounts, "Tess Teacher");
            course = CourseFixture.importFor(tess.accountId(), imports, courses, bank);
        }
        sam = TestAccounts.student(accounts, "Sam Student");
        history = classes.create("History " + sam.accountId(), tess.accountId());
        classes.join(history.joinCode(), sam.accountId());
    }

    @Test
    void assigningAWholeCourseToAClassGivesEachOfItsLessonsToEveryStudentInTheClass() {
        var created = assignments.create(request(allLessons(), Recipients.toClass(history.id())), tess.accountId());

        assertThat(created.title()).isEqualTo(course.outline().title());
        assertThat(created.lessonIds()).containsExactlyElementsOf(allLessons());
        assertThat(assignments.forStudent(sam.accountId())).extracting(a -> a.lesson().lessonId())
                .containsExactlyElementsOf(allLessons());
        assertThat(assignments.forStudent(sam.accountId())).allSatisfy(a -> {
            assertThat(a.assignmentId()).isEqualTo(created.id());
            assertThat(a.rules().dueAt()).isEqualTo(DUE);
            assertThat(a.lesson().courseTitle()).isEqualTo(course.outline().title());
        });
    }

    @Test
    void aNewAssignmentShufflesAndWaitsForTheReadingByDefault() {
        var rules = AssignmentRules.defaults(OPENS, DUE);

        assertThat(rules.shuffleQuestions()).isTrue();
        assertThat(rules.shuffleOptions()).isTrue();
        assertThat(rules.requiresReading()).isTrue();
        assertThat(rules.questionsPerAttempt()).isEmpty();
    }

    @Test
    void aStudentChosenByNameSeesTheLessonAndAClassmateWhoWasNotChosenDoesNot() {
        var amira = TestAccounts.student(accounts, "Amira Haddad");
        classes.join(history.joinCode(), amira.accountId());
        var lesson = course.reviewed();

        var created = assignments.create(request(List.of(lesson.id()), Recipients.toStudents(Set.of(amira.accountId()))),
                tess.accountId());

        assertThat(created.title()).isEqualTo(lesson.title());
        assertThat(assignments.forStudent(amira.accountId())).extracting(a -> a.lesson().lessonId())
                .containsExactly(lesson.id());
        assertThat(assignments.forStudent(sam.accountId())).isEmpty();
    }

    @Test
    void aStudentOutsideTheClassSeesNothingAndLosesTheClassAssignmentsWhenRemoved() {
        var outsider = TestAccounts.student(accounts, "Olga Outsider");
        assignments.create(request(allLessons(), Recipients.toClass(history.id())), tess.accountId());

        assertThat(assignments.forStudent(outsider.accountId())).isEmpty();

        classes.removeStudent(history.id(), sam.accountId(), tess.accountId());
        assertThat(assignments.forStudent(sam.accountId())).isEmpty();
    }

    @Test
    void archivingAClassWithdrawsItsAssignmentsFromItsStudentsAndRestoringGivesThemBack() {
        assignments.create(request(allLessons(), Recipients.toClass(history.id())), tess.accountId());

        classes.archive(history.id(), tess.accountId());
        assertThat(assignments.forStudent(sam.accountId())).isEmpty();

        classes.restore(history.id(), tess.accountId());
        assertThat(assignments.forStudent(sam.accountId())).hasSize(allLessons().size());
    }

    @Test
    void anEditReachesStudentsAtOnceAndLessonsThatStayKeepTheirIds() {
        var first = course.outline().lessons().get(0).id();
        var second = course.outline().lessons().get(1).id();
        var third = course.outline().lessons().get(2).id();
        var created = assignments.create(request(List.of(first, second), Recipients.toClass(history.id())),
                tess.accountId());
        var keptId = created.lessons().get(1).id();
        var later = DUE.plus(3, ChronoUnit.DAYS);

        var edited = assignments.update(created.id(), new AssignmentRequest(List.of(second, third),
                Recipients.toClass(history.id()), with(r -> new AssignmentRules(r.opensAt(), later,
                        OptionalInt.empty(), CountedAttempt.LAST, OptionalInt.of(20), FeedbackTiming.AFTER_DUE_DATE,
                        false, true, OptionalInt.empty(), false))), tess.accountId());

        var seen = assignments.forStudent(sam.accountId());
        assertThat(seen).extracting(a -> a.lesson().lessonId()).containsExactly(second, third);
        assertThat(seen.getFirst().lesson().id()).isEqualTo(keptId);
        assertThat(seen).allSatisfy(a -> {
            assertThat(a.rules().dueAt()).isEqualTo(later);
            assertThat(a.rules().attemptsAllowed()).isEmpty();
            assertThat(a.rules().countedAttempt()).isEqualTo(CountedAttempt.LAST);
            assertThat(a.rules().timeLimitMinutes()).hasValue(20);
            assertThat(a.rules().feedback()).isEqualTo(FeedbackTiming.AFTER_DUE_DATE);
            assertThat(a.rules().shuffleQuestions()).isFalse();
            assertThat(a.rules().requiresReading()).isFalse();
        });
        assertThat(assignments.get(created.id(), tess.accountId())).isEqualTo(edited);
    }

    @Test
    void aDeletedAssignmentDisappearsForStudentsAtOnce() {
        var created = assignments.create(request(allLessons(), Recipients.toClass(history.id())), tess.accountId());

        assignments.delete(created.id(), tess.accountId());

        assertThat(assignments.forStudent(sam.accountId())).isEmpty();
        assertThat(assignments.ownedBy(tess.accountId())).extracting(AssignmentDetails::id).doesNotContain(created.id());
    }

    @Test
    void badSettingsAreRefusedWithAMessageAndNothingIsStored() {
        var before = assignments.ownedBy(tess.accountId()).size();
        var toClass = Recipients.toClass(history.id());
        var lessons = allLessons();

        assertRefused(new AssignmentRequest(List.of(), toClass, AssignmentRules.defaults(OPENS, DUE)),
                "Choose at least one lesson.");
        assertRefused(new AssignmentRequest(lessons, Recipients.toStudents(Set.of()), AssignmentRules.defaults(OPENS, DUE)),
                "Choose a class or at least one student.");
        assertRefused(new AssignmentRequest(lessons, toClass, AssignmentRules.defaults(DUE, OPENS)),
                "The due date must be after the opening date.");
        assertRefused(new AssignmentRequest(lessons, toClass, AssignmentRules.defaults(OPENS, OPENS)),
                "The due date must be after the opening date.");
        assertRefused(new AssignmentRequest(lessons, toClass, AssignmentRules.defaults(OPENS, null)),
                "Choose a due date.");
        assertRefused(new AssignmentRequest(lessons, toClass, with(r -> copy(r, OptionalInt.of(0), r.timeLimitMinutes(),
                r.questionsPerAttempt()))), "Allow at least one attempt.");
        assertRefused(new AssignmentRequest(lessons, toClass, with(r -> copy(r, r.attemptsAllowed(), OptionalInt.of(0),
                r.questionsPerAttempt()))), "A time limit must be at least 1 minute.");
        assertRefused(new AssignmentRequest(lessons, toClass, with(r -> copy(r, r.attemptsAllowed(), OptionalInt.of(-5),
                r.questionsPerAttempt()))), "A time limit must be at least 1 minute.");
        assertRefused(new AssignmentRequest(lessons, toClass, with(r -> copy(r, r.attemptsAllowed(),
                r.timeLimitMinutes(), OptionalInt.of(0)))), "Ask at least 1 question per attempt.");

        assertThat(assignments.ownedBy(tess.accountId())).hasSize(before);
    }

    @Test
    void aSubsetLargerThanALessonsApprovedQuestionsIsRefusedAndOneThatFitsIsStored() {
        var reviewed = course.reviewed();
        var toClass = Recipients.toClass(history.id());

        assertRefused(new AssignmentRequest(List.of(reviewed.id()), toClass, subset(CourseFixture.APPROVED + 1)),
                "“" + reviewed.title() + "” has only 3 approved questions; ask at most 3 per attempt.");
        assertRefused(new AssignmentRequest(List.of(reviewed.id(), course.unreviewed().id()), toClass, subset(1)),
                "“" + course.unreviewed().title() + "” has no approved questions yet; choose “All questions” or "
                        + "approve some first.");

        var stored = assignments.create(new AssignmentRequest(List.of(reviewed.id()), toClass,
                subset(CourseFixture.APPROVED)), tess.accountId());
        assertThat(stored.rules().questionsPerAttempt()).hasValue(CourseFixture.APPROVED);
    }

    @Test
    void studentsFromOutsideTheInstructorsClassesAndArchivedClassesAreRefused() {
        var stranger = TestAccounts.student(accounts, "Stella Stranger");
        var old = classes.create("Old " + sam.accountId(), tess.accountId());
        classes.archive(old.id(), tess.accountId());

        assertThatThrownBy(() -> assignments.create(request(allLessons(),
                Recipients.toStudents(Set.of(sam.accountId(), stranger.accountId()))), tess.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.create(request(allLessons(), Recipients.toClass(old.id())),
                tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("archived");
        assertThat(assignments.forStudent(stranger.accountId())).isEmpty();
    }

    @Test
    void anotherInstructorIsRefusedEveryOperationWithoutLearningWhatExists() {
        var created = assignments.create(request(allLessons(), Recipients.toClass(history.id())), tess.accountId());
        var olaf = TestAccounts.instructor(accounts, "Olaf Other").accountId();
        var olafsClass = classes.create("Olaf's class", olaf);
        var valid = request(allLessons(), Recipients.toClass(history.id()));

        assertNoSuchAssignment(() -> assignments.get(created.id(), olaf));
        assertNoSuchAssignment(() -> assignments.update(created.id(), valid, olaf));
        assertNoSuchAssignment(() -> assignments.delete(created.id(), olaf));
        assertNoSuchAssignment(() -> assignments.get(Long.MAX_VALUE, olaf));
        assertThat(assignments.ownedBy(olaf)).isEmpty();
        // Tess's lessons, Tess's class and Tess's students are not Olaf's to assign.
        assertThatThrownBy(() -> assignments.create(request(allLessons(), Recipients.toClass(olafsClass.id())), olaf))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such lesson.");
        assertThatThrownBy(() -> assignments.create(valid, olaf)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.create(request(allLessons(),
                Recipients.toStudents(Set.of(sam.accountId()))), olaf)).isInstanceOf(AccessDeniedException.class);

        assertThat(assignments.get(created.id(), tess.accountId())).isEqualTo(created);
        assertThat(assignments.forStudent(sam.accountId())).hasSize(allLessons().size());
    }

    private void assertRefused(AssignmentRequest request, String message) {
        assertThatThrownBy(() -> assignments.create(request, tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static void assertNoSuchAssignment(org.junit.jupiter.api.function.Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no such assignment.");
    }

    private static List<Long> allLessons() {
        return course.outline().lessons().stream().map(LessonSummary::id).toList();
    }

    private static AssignmentRequest request(List<Long> lessonIds, Recipients recipients) {
        return new AssignmentRequest(lessonIds, recipients, AssignmentRules.defaults(OPENS, DUE));
    }

    private static AssignmentRules with(UnaryOperator<AssignmentRules> change) {
        return change.apply(AssignmentRules.defaults(OPENS, DUE));
    }

    private static AssignmentRules subset(int size) {
        return with(r -> copy(r, r.attemptsAllowed(), r.timeLimitMinutes(), OptionalInt.of(size)));
    }

    private static AssignmentRules copy(AssignmentRules r, OptionalInt attempts, OptionalInt minutes,
                                        OptionalInt subset) {
        return new AssignmentRules(r.opensAt(), r.dueAt(), attempts, r.countedAttempt(), minutes, r.feedback(),
                r.shuffleQuestions(), r.shuffleOptions(), subset, r.requiresReading());
    }
}
