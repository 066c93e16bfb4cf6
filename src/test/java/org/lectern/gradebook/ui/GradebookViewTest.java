package org.lectern.gradebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.Assignments;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.CourseFixture;
import org.lectern.base.ui.NotFoundView;
import org.lectern.classroom.Classes;
import org.lectern.gradebook.FilterChoice;
import org.lectern.gradebook.GradebookFixture;
import org.lectern.gradebook.GradebookRow;
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
@WithMockUser(username = GradebookViewTest.INSTRUCTOR, roles = "INSTRUCTOR")
class GradebookViewTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "gradebook-view-tess";
    static GradebookFixture school;

    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp(@Autowired Accounts accounts, @Autowired Assignments assignments, @Autowired Classes classes) {
        var tess = TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR);
        if (school == null) {
            school = new GradebookFixture(context, tess);
        }
        // Each test starts with no assignment and no active class of Tess's.
        assignments.ownedBy(tess.accountId()).forEach(a -> assignments.delete(a.id(), tess.accountId()));
        classes.ownedBy(tess.accountId(), false).forEach(c -> classes.archive(c.id(), tess.accountId()));
    }

    @Test
    void withoutClassesThePagePointsToTheClassesPage() {
        navigate(GradebookView.class);

        assertThat(text()).contains("You have no classes yet.");
        assertThat($(Anchor.class).withText("Go to Classes").single().getHref()).isEqualTo("instructor/classes");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    void withAClassButNothingAssignedThePagePointsToAssignments() {
        school.newClass("7A", school.student("Ann"));

        navigate(GradebookView.class);

        assertThat(text()).contains("Nothing assigned yet.");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    void beforeAnyAttemptTheGridSaysSoAndEveryoneIsNotStarted() {
        var lesson = school.assignToClass(school.newClass("7A", school.student("Ann")).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));

        navigate(GradebookView.class);

        assertThat(text()).contains("No attempts yet");
        assertThat(cellText(0, lesson)).isEqualTo("Not started");
        assertThat(test(grid()).getFooterCell(2)).isEqualTo("—");
    }

    @Test
    void eachCellShowsStatusAndCountingScoreAndTheFooterTheAverage() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var cleo = school.student("Cleo");
        var lesson = school.assignToClass(school.newClass("7A", ann, ben, cleo).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.AVERAGE));
        school.take(ann, lesson, 3);
        school.take(ann, lesson, 1);
        school.take(ben, lesson, 2);
        school.start(cleo, lesson);

        navigate(GradebookView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Ann");
        assertThat(grid.getCellText(0, 1)).isEqualTo("7A");
        assertThat(cellText(0, lesson)).isEqualTo("67% · Done");
        assertThat(cellText(1, lesson)).isEqualTo("67% · Done");
        assertThat(cellText(2, lesson)).isEqualTo("In progress");
        assertThat(grid.getFooterCell(0)).isEqualTo("Average");
        assertThat(grid.getFooterCell(2)).isEqualTo("67% · 2 scored");
        assertThat(grid.getColumn(GradebookGrid.key(lesson)).isFrozen()).isFalse();
        assertThat(grid.getColumn("student").isFrozen()).isTrue();
        assertThat(text()).doesNotContain("No attempts yet");
    }

    @Test
    void sortingALessonColumnOrdersStudentsByTheirScore() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var cleo = school.student("Cleo");
        var lesson = school.assignToClass(school.newClass("7A", ann, ben, cleo).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        school.take(ann, lesson, 1);
        school.take(ben, lesson, 3);

        navigate(GradebookView.class);
        var grid = test(grid());
        grid.sortByColumn(GradebookGrid.key(lesson), SortDirection.DESCENDING);

        assertThat(grid.isColumnSortable("student")).isTrue();
        assertThat(IntStream.range(0, 3).mapToObj(i -> grid.getRow(i).name()))
                .containsExactly("Ben", "Ann", "Cleo");
    }

    @Test
    void theClassAndCourseFiltersNarrowTheGrid() {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var sevenA = school.newClass("7A", ann);
        school.newClass("7B", ben);
        var forA = school.assignToClass(sevenA.id(), GradebookFixture.rules(clock.instant(), CountedAttempt.FIRST));
        school.take(ann, forA, 3);

        navigate(GradebookView.class);
        assertThat(test(grid()).size()).isEqualTo(2);
        test(combo("Class")).selectItem("7A");

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("Ann");
        assertThat(test(grid()).getFooterCell(0)).isEqualTo("Class average");
        assertThat(test(grid()).getFooterCell(2)).isEqualTo("100% · 1 scored");

        test(combo("Class")).selectItem("7B");
        assertThat(text()).contains("Nothing is assigned to these students yet.");

        test(combo("Class")).selectItem("7A");
        test(combo("Course")).selectItem(school.course().outline().title());
        assertThat(test(grid()).getColumn(GradebookGrid.key(forA))).isNotNull();
        test(button("Refresh")).click();
        assertThat(combo("Class").getValue().label()).as("kept across a refresh").isEqualTo("7A");
        assertThat($(Anchor.class).withText("Download this grid (CSV)").single().getHref()).isNotBlank();
        assertThat($(Anchor.class).withText("Download every answer (CSV)").single().getHref()).isNotBlank();
    }

    @Test
    void aCellOpensTheReviewOfTheAttemptThatCountsAmongTheOthers() {
        var ann = school.student("Ann");
        var lesson = school.assignToClass(school.newClass("7A", ann).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var first = school.take(ann, lesson, 1);
        school.take(ann, lesson, 2);

        navigate(GradebookView.class);
        test((Button) test(grid()).getCellComponent(0, GradebookGrid.key(lesson))).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptReviewView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Ann, attempt 2");
        var other = $(Anchor.class).all().stream()
                .filter(a -> a.getHref().equals("instructor/gradebook/attempts/" + first)).findFirst().orElseThrow();
        assertThat(other.getText()).startsWith("Attempt 1 · 1/3 (33%) · started ");
        assertThat($(Span.class).withClassName("gb-attempt-shown").single().getText()).startsWith("Attempt 2 · 2/3");
        assertThat($(Span.class).withClassName("gb-counts").all()).hasSize(1);
        assertThat(text()).contains("Counts: the highest score, 67%.");
        var answers = $(ReviewedAnswer.class).all();
        assertThat(answers).hasSize(CourseFixture.APPROVED);
        assertThat(answers).extracting(a -> $(Span.class, a).withClassName("gb-verdict").single().getText())
                .containsExactly("Right", "Right", "Wrong");
        assertThat($(Span.class, answers.get(2)).withClassName("gb-chosen").all()).hasSize(1);
        assertThat($(Span.class, answers.get(2)).withClassName("gb-correct").all()).hasSize(1);
        assertThat($(Span.class, answers.getFirst()).withClassName("gb-when").single().getText())
                .startsWith("Answered ");
    }

    @Test
    void anotherInstructorsAttemptIsNotFound() {
        var other = new GradebookFixture(context);
        var zed = other.student("Zed");
        var lesson = other.assignToClass(other.newClass("9Z", zed).id(),
                GradebookFixture.rules(clock.instant(), CountedAttempt.HIGHEST));
        var theirs = other.take(zed, lesson, 3);

        navigate("instructor/gradebook/attempts/" + theirs, NotFoundView.class);
        navigate("instructor/gradebook/attempts/" + Long.MAX_VALUE, NotFoundView.class);

        navigate(GradebookView.class);
        assertThat(text()).doesNotContain("Zed").doesNotContain("9Z");
    }

    private String cellText(int row, long assignedLessonId) {
        var cell = test(grid()).getCellComponent(row, GradebookGrid.key(assignedLessonId));
        return cell.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<GradebookRow> grid() {
        return $(Grid.class).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<FilterChoice> combo(String label) {
        return $(ComboBox.class).withCaption(label).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
