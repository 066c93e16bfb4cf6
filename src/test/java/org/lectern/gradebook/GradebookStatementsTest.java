package org.lectern.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.attempt.domain.Attempt;
import org.lectern.gradebook.statistics.AttemptSelection;
import org.lectern.support.CountingStatements;
import org.lectern.support.MutableClock;
import org.lectern.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the gradebook and item statistics cost the database as an instructor's classes grow. */
@CountingStatements
class GradebookStatementsTest {

    /** Assignments with their lessons and students, classes with rosters, accounts, attempts. */
    static final long MOST_PER_SHEET = 8;

    @Autowired
    Gradebook gradebook;
    @Autowired
    ItemStatistics statistics;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory factory;

    Statements statements;

    @BeforeEach
    void setUp() {
        statements = new Statements(factory);
    }

    @Test
    void theSheetCostsTheSameFewStatementsWithOneClassAsWithFive() {
        var one = schoolWith(1);
        var five = schoolWith(5);

        var forOne = statements.measure(() -> gradebook.sheet(one.school().instructorId(), GradebookFilter.all()));
        var forFive = statements.measure(() -> gradebook.sheet(five.school().instructorId(), GradebookFilter.all()));

        System.out.printf("statements per gradebook sheet: %d with 1 class, %d with 5%n", forOne.statements(),
                forFive.statements());
        assertThat(forFive.result().rows()).hasSize(10);
        assertThat(forFive.result().columns()).hasSize(5);
        assertThat(forFive.statements()).as("statements with 5 classes").isEqualTo(forOne.statements());
        assertThat(forOne.statements()).isLessThanOrEqualTo(MOST_PER_SHEET);
    }

    @Test
    void itemStatisticsReadOnlyTheAttemptsOfTheLessonShown() {
        var one = schoolWith(1);
        var five = schoolWith(5);

        var forOne = statements.measure(() -> statistics.of(one.lastLesson(), AttemptSelection.FIRST,
                one.school().instructorId()));
        var forFive = statements.measure(() -> statistics.of(five.lastLesson(), AttemptSelection.FIRST,
                five.school().instructorId()));

        System.out.printf("statements per item statistics: %d with 1 class, %d with 5; attempts read: %d and %d%n",
                forOne.statements(), forFive.statements(), forOne.loaded(Attempt.class),
                forFive.loaded(Attempt.class));
        assertThat(forFive.result().analysis().quiz().attempts()).isEqualTo(2);
        assertThat(forFive.loaded(Attempt.class)).as("attempts read with 5 classes of 2").isEqualTo(2);
        assertThat(forFive.statements()).isEqualTo(forOne.statements());
    }

    /** A new instructor with {@code classes} classes of two students, each class given the lesson and its quiz taken. */
    private School schoolWith(int classes) {
        var school = new GradebookFixture(context);
        long lesson = 0;
        for (int c = 0; c < classes; c++) {
            var first = school.student("First " + c);
            var second = school.student("Second " + c);
            lesson = school.assignToClass(school.newClass("Class " + c, first, second).id(),
                    GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
            school.take(first, lesson, 2);
            school.take(second, lesson, 1);
        }
        return new School(school, lesson);
    }

    private record School(GradebookFixture school, long lastLesson) {
    }
}
