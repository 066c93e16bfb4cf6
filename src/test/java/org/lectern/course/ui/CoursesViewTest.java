package org.lectern.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lectern.base.ui.NotFoundView;
import org.lectern.course.CourseImports;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** An instructor's course list and course page show their own courses only. */
@SpringBootTest
@WithMockUser(username = CoursesViewTest.INSTRUCTOR, roles = "INSTRUCTOR")
class CoursesViewTest extends SpringBrowserlessTest {

    static final String INSTRUCTOR = "courses-view-teacher";

    @Autowired
    Accounts accounts;
    @Autowired
    CourseImports imports;

    @Test
    void listsTheInstructorsCoursesAndOpensOneWithItsLessons() throws Exception {
        var me = TestAccounts.signedIn(accounts, INSTRUCTOR, Role.INSTRUCTOR);
        var mine = imports.importArticle("mine-" + System.nanoTime() + ".md",
                Files.readAllBytes(Path.of("src/test/resources/articles/hanseatic-league.md")), me.accountId());
        var stranger = TestAccounts.instructor(accounts, "Stranger");
        var theirs = imports.importArticle("theirs-" + System.nanoTime() + ".html",
                Files.readAllBytes(Path.of("src/test/resources/articles/tardigrades.html")), stranger.accountId());

        navigate(CoursesView.class);

        var titles = $(RouterLink.class).all().stream().map(RouterLink::getText).toList();
        assertThat(titles).contains(mine.title()).doesNotContain(theirs.title());

        var course = navigate("instructor/courses/" + mine.courseId(), CourseView.class);
        assertThat(course).isNotNull();
        assertThat($(RouterLink.class).all().stream().filter(l -> l.hasClassName("lesson-title")).count())
                .isEqualTo(mine.lessons());

        assertThat(navigate("instructor/courses/" + theirs.courseId(), NotFoundView.class))
                .isInstanceOf(NotFoundView.class);
    }
}
