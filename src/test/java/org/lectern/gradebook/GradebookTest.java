package org.lectern.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class GradebookTest {

    @Autowired
    Gradebook gradebook;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    GradebookFixture school;

    @BeforeEach
    void setUp() {
        school = new GradebookFixture(context);
    }

    @Test
    void eachCellCountsTheScoreByItsAssignmentsRule() {
        var ann = school.student("Ann");
        var classId = school.newClass("7A", ann).id();
        for (var rule : CountedAttempt.values()) {
            var lesson = school.assignToClass(classId, GradebookFixture.rules(clock.instant(), rule));
            for (var right : List.of(2, 3, 0)) {
                school.take(ann, lesson, right);
            }
        }

        var sheet = gradebook.sheet(school.instructorId(), GradebookFilter.all());

        assertThat(sheet.columns()).hasSize(4);
        var row = sheet.rows().getFirst();
        for (var column : sheet.columns()) {
            var expected = switch (column.countedAttempt()) {
                case HIGHEST -> 100.0;
                case FIRST -> 200.0 / 3;
                case LAST -> 0.0;
                case AVERAGE -> (200.0 / 3 + 100.0 + 0.0) / 3;
            };
            var cell = row.cell(column.assignedLessonId());
            assertThat(cell.status()).isEqualTo(CellStatus.DONE);
            assertThat(cell.score().getAsDouble()).as(column.countedAttempt().name())
                    .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(cell.attempts()).isEqualTo(3);
        }
    }

    @Test
    void aCellSaysNotStartedInProgressDoneOrMissed() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var cleo = school.student("Cleo");
        var classId = school.newClass("7A", ann, ben, cleo).id();
        var open = school.assignToClass(classId, GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var past = school.assignToClass(classId, GradebookFixture.pastDue(clock.instant()));
        var annAttempt = school.take(ann, open, 3);
        school.start(ben, open);

        var sheet = gradebook.sheet(school.instructorId(), GradebookFilter.all());

        assertThat(sheet.rows()).extracting(GradebookRow::name).containsExactly("Ann", "Ben", "Cleo");
        assertThat(sheet.rows()).extracting(r -> r.cell(open).status())
                .containsExactly(CellStatus.DONE, CellStatus.IN_PROGRESS, CellStatus.NOT_STARTED);
        assertThat(sheet.rows()).extracting(r -> r.cell(past).status()).containsOnly(CellStatus.MISSED);
        assertThat(sheet.rows().getFirst().cell(open).reviewAttempt()).isEqualTo(OptionalLong.of(annAttempt));
        assertThat(sheet.rows().getFirst().cell(open).text()).isEqualTo("100% · Done");
        assertThat(sheet.rows().get(2).cell(open).reviewAttempt()).isEmpty();
        assertThat(sheet.rows().getFirst().classes()).containsExactly("7A");
        assertThat(sheet.anyAttempt()).isTrue();
    }

    @Test
    void theAverageOfAColumnIsOverTheStudentsWithAScore() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var cleo = school.student("Cleo");
        var lesson = school.assignToClass(school.newClass("7A", ann, ben, cleo).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(ann, lesson, 3);
        school.take(ben, lesson, 0);

        var column = gradebook.sheet(school.instructorId(), GradebookFilter.all()).columns().getFirst();

        assertThat(column.average()).isEqualTo(OptionalDouble.of(50.0));
        assertThat(column.scored()).isEqualTo(2);
    }

    @Test
    void theClassFilterShowsThatClassesStudentsAndTheWorkGivenToThem() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var sevenA = school.newClass("7A", ann);
        var sevenB = school.newClass("7B", ben);
        var forA = school.assignToClass(sevenA.id(), GradebookFixture.rules(clock.instant(), CountedAttempt.FIRST));
        var forB = school.assignToClass(sevenB.id(), GradebookFixture.rules(clock.instant(), CountedAttempt.LAST));
        var named = school.assignToStudents(Set.of(ben.accountId()),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));

        var all = gradebook.sheet(school.instructorId(), GradebookFilter.all());
        var onlyB = gradebook.sheet(school.instructorId(), new GradebookFilter(OptionalLong.of(sevenB.id()),
                OptionalLong.empty()));

        assertThat(all.classes()).extracting(FilterChoice::label).containsExactly("7A", "7B");
        assertThat(all.rows()).extracting(GradebookRow::name).containsExactly("Ann", "Ben");
        assertThat(all.columns()).extracting(GradebookColumn::assignedLessonId).containsExactly(forA, forB, named);
        assertThat(all.rows().getFirst().cell(forB).status()).isEqualTo(CellStatus.NOT_ASSIGNED);
        assertThat(all.rows().getFirst().cell(named).status()).isEqualTo(CellStatus.NOT_ASSIGNED);
        assertThat(all.rows().get(1).cell(named).status()).isEqualTo(CellStatus.NOT_STARTED);
        assertThat(onlyB.rows()).extracting(GradebookRow::name).containsExactly("Ben");
        assertThat(onlyB.columns()).extracting(GradebookColumn::assignedLessonId).containsExactly(forB, named);
    }

    @Test
    void theCourseFilterKeepsOnlyThatCoursesLessons() {
        var ann = school.student("Ann");
        var lesson = school.assignToClass(school.newClass("7A", ann).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var courseId = school.course().outline().id();

        var same = gradebook.sheet(school.instructorId(), new GradebookFilter(OptionalLong.empty(),
                OptionalLong.of(courseId)));
        var other = gradebook.sheet(school.instructorId(), new GradebookFilter(OptionalLong.empty(),
                OptionalLong.of(courseId + 1000)));

        assertThat(same.courses()).extracting(FilterChoice::id).containsExactly(courseId);
        assertThat(same.columns()).extracting(GradebookColumn::assignedLessonId).containsExactly(lesson);
        assertThat(other.columns()).isEmpty();
        assertThat(other.rows()).extracting(GradebookRow::name).containsExactly("Ann");
    }

    @Test
    void anotherInstructorSeesNoneOfItAndIsRefusedTheirClassAndAttempts() {
        var ann = school.student("Ann");
        var sevenA = school.newClass("7A", ann);
        var lesson = school.assignToClass(sevenA.id(), GradebookFixture.rules(clock.instant(),
                CountedAttempt.HIGHEST));
        var attemptId = school.take(ann, lesson, 2);
        var other = new GradebookFixture(context);

        var theirs = gradebook.sheet(other.instructorId(), GradebookFilter.all());

        assertThat(theirs.rows()).isEmpty();
        assertThat(theirs.columns()).isEmpty();
        assertThat(theirs.classes()).isEmpty();
        assertThat(theirs.anyAssignment()).isFalse();
        assertThatThrownBy(() -> gradebook.sheet(other.instructorId(),
                new GradebookFilter(OptionalLong.of(sevenA.id()), OptionalLong.empty())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such class.");
        assertThatThrownBy(() -> gradebook.review(attemptId, other.instructorId()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such attempt.");
        assertThat(gradebook.review(attemptId, school.instructorId()).studentName()).isEqualTo("Ann");
    }

    @Test
    void aNewInstructorsSheetIsEmptyWithNothingToShow() {
        var sheet = gradebook.sheet(school.instructorId(), GradebookFilter.all());

        assertThat(sheet.anyClass()).isFalse();
        assertThat(sheet.anyAssignment()).isFalse();
        assertThat(sheet.anyAttempt()).isFalse();
        assertThat(sheet.rows()).isEmpty();
    }
}
