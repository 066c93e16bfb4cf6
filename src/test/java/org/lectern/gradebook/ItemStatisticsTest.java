package org.lectern.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.CountedAttempt;
import org.lectern.gradebook.statistics.AttemptSelection;
import org.lectern.gradebook.statistics.QuestionFlag;
import org.lectern.gradebook.statistics.Stat;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class ItemStatisticsTest {

    @Autowired
    ItemStatistics statistics;
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
    void facilityAndOptionCountsComeFromTheCountedAttempts() {
        var students = List.of(school.student("A"), school.student("B"), school.student("C"), school.student("D"));
        var lesson = school.assignToClass(school.newClass("9C", students.toArray(SignedInUser[]::new))
                .id(), GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        // Student k answers the first 3 - k questions right: a perfect Guttman pattern.
        for (int k = 0; k < 4; k++) {
            school.take(students.get(k), lesson, 3 - k);
        }

        var report = statistics.of(lesson, AttemptSelection.FIRST, school.instructorId());

        assertThat(report.analysis().quiz().attempts()).isEqualTo(4);
        assertThat(value(report.analysis().quiz().mean())).isEqualTo(1.5);
        assertThat(report.questions()).hasSize(3);
        assertThat(report.questions()).extracting(q -> value(report.analysis().question(q.id()).orElseThrow()
                .facility())).containsExactly(75.0, 50.0, 25.0);
        var first = report.questions().getFirst();
        var counts = report.analysis().question(first.id()).orElseThrow().optionCounts();
        assertThat(counts.get(first.correctOption())).isEqualTo(3);
        assertThat(counts.get((first.correctOption() + 1) % first.options().size())).isEqualTo(1);
        assertThat(report.scores()).map(score -> Math.round(score * 100) / 100.0)
                .containsExactlyInAnyOrder(100.0, 66.67, 33.33, 0.0);

        // A better second attempt by the weakest student changes "last" but not "first".
        school.take(students.get(3), lesson, 3);
        var last = statistics.of(lesson, AttemptSelection.LAST, school.instructorId());
        assertThat(value(last.analysis().question(first.id()).orElseThrow().facility())).isEqualTo(100.0);
        assertThat(last.analysis().question(first.id()).orElseThrow().flags()).contains(QuestionFlag.TOO_EASY);
        assertThat(statistics.of(lesson, AttemptSelection.ALL, school.instructorId()).analysis().quiz().attempts())
                .isEqualTo(5);
        assertThat(value(statistics.of(lesson, AttemptSelection.FIRST, school.instructorId()).analysis()
                .question(first.id()).orElseThrow().facility())).isEqualTo(75.0);
    }

    @Test
    void shuffledOptionsAreCountedInTheQuestionBanksOrder() {
        var students = List.of(school.student("E"), school.student("F"), school.student("G"));
        var plain = GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST);
        var shuffled = new AssignmentRules(plain.opensAt(), plain.dueAt(), plain.attemptsAllowed(),
                plain.countedAttempt(), plain.timeLimitMinutes(), plain.feedback(), true, true,
                plain.questionsPerAttempt(), false);
        var lesson = school.assignToClass(school.newClass("9D", students.toArray(SignedInUser[]::new))
                .id(), shuffled);
        students.forEach(s -> school.take(s, lesson, 3));

        var report = statistics.of(lesson, AttemptSelection.FIRST, school.instructorId());

        for (var question : report.questions()) {
            var counts = report.analysis().question(question.id()).orElseThrow().optionCounts();
            assertThat(counts.get(question.correctOption())).as(question.stem()).isEqualTo(3);
            assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        }
    }

    @Test
    void anotherInstructorsLessonIsRefused(@Autowired Accounts accounts) {
        var student = school.student("H");
        var lesson = school.assignToClass(school.newClass("9E", student).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(student, lesson, 1);
        var other = TestAccounts.instructor(accounts, "Other Teacher");

        assertThatThrownBy(() -> statistics.of(lesson, AttemptSelection.FIRST, other.accountId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static double value(Stat stat) {
        return stat.value();
    }
}
