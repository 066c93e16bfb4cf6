package org.lectern.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.base.ui.NotFoundView;
import org.lectern.gradebook.GradebookFixture;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@Import(MutableClockConfig.class)
@WithMockUser(username = ItemStatisticsViewTest.INSTRUCTOR, roles = "INSTRUCTOR")
class ItemStatisticsViewTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "stats-view-teacher";

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    GradebookFixture school;

    @BeforeEach
    void setUp() {
        school = new GradebookFixture(context, TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR));
    }

    @Test
    void theQuizFiguresChartsAndEachQuestionWithItsOptionCountsAreShown() {
        var ann = school.student("Ann");
        var bob = school.student("Bob");
        var lesson = school.assignToClass(school.newClass("8A", ann, bob).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(ann, lesson, 3);
        school.take(bob, lesson, 3);

        navigate("instructor/gradebook/lessons/" + lesson + "/statistics", ItemStatisticsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Item statistics: "
                + school.course().reviewed().title());
        assertThat($(Chart.class).all()).hasSize(2);
        var cards = $(QuestionStatisticsCard.class).all();
        assertThat(cards).hasSize(3);
        // Everyone right: each question is too easy to tell students apart, and says where to fix it.
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.getElement().getTextRecursively()).contains("Facility100.00%").contains("2 chose it")
                    .contains("Facility above 90%");
            assertThat($(Anchor.class, card).single().getHref())
                    .isEqualTo("instructor/lessons/" + school.course().reviewed().id());
        });
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Skewness")
                .contains("undefined");
    }

    @Test
    void anotherInstructorsLessonOpensAsNotFound() {
        var other = new GradebookFixture(context);
        var student = other.student("Cy");
        var lesson = other.assignToClass(other.newClass("8B", student).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        other.take(student, lesson, 1);

        navigate("instructor/gradebook/lessons/" + lesson + "/statistics", NotFoundView.class);
    }
}
