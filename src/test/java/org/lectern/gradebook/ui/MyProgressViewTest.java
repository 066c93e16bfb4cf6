package org.lectern.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.gradebook.GradebookFixture;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Each test signs in as a student of its own, so none sees another test's attempts. */
@SpringBootTest
@Import(MutableClockConfig.class)
class MyProgressViewTest extends SpringBrowserlessTest {

    static GradebookFixture school;

    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    SignedInUser me;

    @BeforeEach
    void setUp(@Autowired ApplicationContext context) {
        if (school == null) {
            school = new GradebookFixture(context);
        }
        me = TestAccounts.signedIn(accounts, SecurityContextHolder.getContext().getAuthentication().getName(),
                Role.STUDENT);
    }

    @Test
    @WithMockUser(username = "progress-ann", roles = "STUDENT")
    void beforeAnyQuizThePageSaysThereAreNoScoresYet() {
        school.assignToClass(school.newClass("P1", me).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));

        navigate(MyProgressView.class);

        assertThat(text()).contains("No scores yet. Finish a quiz to see your progress.")
                .contains("Nothing to practise right now.");
        assertThat($(Chart.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "progress-ben", roles = "STUDENT")
    void eachLessonShowsBestLastAndTheScoreThatCountsBesideAChartOfEveryScore() {
        var lesson = school.assignToClass(school.newClass("P2", me).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.LAST));
        school.take(me, lesson, 3);
        clock.advance(Duration.ofHours(2));
        var second = school.take(me, lesson, 1);

        navigate(MyProgressView.class);

        var card = $(LessonScores.class).single();
        assertThat($(Span.class, card).withClassName("gb-figure-label").all()).extracting(Span::getText)
                .containsExactly("Best", "Last", "Counts (last attempt)");
        assertThat($(Span.class, card).withClassName("gb-figure-value").all()).extracting(Span::getText)
                .containsExactly("100%", "33%", "33%");
        assertThat($(Anchor.class, card).all()).extracting(Anchor::getHref)
                .contains("student/attempts/" + second + "/result");
        assertThat($(Span.class, card).withClassName("gb-counts").all()).hasSize(1);
        var chart = $(Chart.class).single();
        assertThat($(NativeTable.class, chart).single().getBody().getRows()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "progress-cleo", roles = "STUDENT")
    void missedQuestionsAreListedForPracticeWithALinkToPractise() {
        var lesson = school.assignToClass(school.newClass("P3", me).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(me, lesson, 1);

        navigate(MyProgressView.class);

        assertThat(text()).contains("2 questions are due for practice.");
        assertThat($(Anchor.class).withText("Practise now").single().getHref()).isEqualTo("student/practice");
        assertThat($(PracticeDue.class).single().getElement().getTextRecursively()).contains("due now");
    }

    @Test
    @WithMockUser(username = "progress-dan", roles = "STUDENT")
    void aClassmatesAttemptsAndLessonsStayOffThePage() {
        var classmate = school.student("Classmate");
        var shared = school.assignToClass(school.newClass("P4", me, classmate).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var onlyTheirs = school.assignToStudents(Set.of(classmate.accountId()),
                GradebookFixture.rules(clock.instant(), CountedAttempt.FIRST));
        school.take(me, shared, 2);
        var theirAttempt = school.take(classmate, shared, 3);
        school.take(classmate, onlyTheirs, 0);

        navigate(MyProgressView.class);

        assertThat($(LessonScores.class).all()).hasSize(1);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .noneMatch(href -> href.contains("/" + theirAttempt + "/"));
        assertThat($(Span.class).withClassName("gb-figure-value").all()).extracting(Span::getText)
                .containsExactly("67%", "67%", "67%");
        assertThat($(NativeTable.class, $(Chart.class).single()).single().getBody().getRows()).hasSize(1);
        assertThat(text()).contains("1 question is due for practice.");
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
