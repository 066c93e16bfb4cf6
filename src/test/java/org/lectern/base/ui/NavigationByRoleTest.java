package org.lectern.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.attempt.ui.MyLessonsView;
import org.lectern.course.ui.CoursesView;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Each role sees only its own views in the navigation, and the other role's views stay shut. */
@SpringBootTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    @Autowired
    Accounts accounts;

    @Test
    @WithMockUser(username = "nav-sam", roles = "STUDENT")
    void aStudentSeesTheStudentNavigationAndIsRefusedAnInstructorRoute() {
        TestAccounts.signedIn(accounts, "nav-sam", Role.STUDENT);
        navigate(MyLessonsView.class);

        assertThat(navLabels()).containsExactly("My lessons", "Practice", "My progress");

        // Access control turns the instructor page into "not found", which tells a student nothing about it.
        assertThatThrownBy(() -> navigate(CoursesView.class))
                .hasMessageContaining("unexpected class " + NotFoundView.class.getName());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "nav-tess", roles = "INSTRUCTOR")
    void anInstructorSeesTheInstructorNavigation() {
        TestAccounts.signedIn(accounts, "nav-tess", Role.INSTRUCTOR);
        navigate(CoursesView.class);

        assertThat(navLabels()).containsExactly("Courses", "Classes", "Assignments", "Gradebook");
    }

    private List<String> navLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
