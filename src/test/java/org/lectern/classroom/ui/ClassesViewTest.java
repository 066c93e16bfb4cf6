package org.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.classroom.RosterEntry;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "classes-view-tess", roles = "INSTRUCTOR")
class ClassesViewTest extends SpringBrowserlessTest {

    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser tess;

    @BeforeEach
    void signedIn() {
        tess = TestAccounts.signedIn(accounts, "classes-view-tess", Role.INSTRUCTOR);
        // Each test starts from no active class, whatever earlier tests of the signed-in instructor left.
        classes.ownedBy(tess.accountId(), false).forEach(c -> classes.archive(c.id(), tess.accountId()));
    }

    @Test
    void anInstructorCreatesAClassAndSeesItsJoinCode() {
        navigate(ClassesView.class);
        test(button("New class")).click();

        test(dialogField()).setValue("Geography 7");
        test(button("Create class")).click();

        var created = classes.ownedBy(tess.accountId(), false);
        assertThat(created).extracting(ClassSummary::name).containsExactly("Geography 7");
        var dialog = $(Dialog.class).last();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Geography 7");
        assertThat($(Span.class, dialog).withClassName("cls-code").single().getText())
                .isEqualTo(created.getFirst().joinCode());
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void anEmptyNameIsExplainedUnderTheFieldAndNothingIsSaved() {
        navigate(ClassesView.class);
        test(button("New class")).click();

        test(dialogField()).setValue("   ");
        test(button("Create class")).click();

        assertThat(dialogField().isInvalid()).isTrue();
        assertThat(dialogField().getErrorMessage()).isEqualTo("A class needs a name.");
        assertThat(classes.ownedBy(tess.accountId(), true)).extracting(ClassSummary::name).doesNotContain("   ", "");
        assertThat(classes.ownedBy(tess.accountId(), false)).isEmpty();
    }

    @Test
    void archivingAsksFirstThenHidesTheClassUntilArchivedClassesAreShown() {
        var created = classes.create("Latin", tess.accountId());
        navigate(ClassesView.class);
        test(manageButton(0)).click();

        test(button("Archive")).click();
        var confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getHeader()).isEqualTo("Archive Latin?");
        test(confirm).cancel();
        assertThat(classes.get(created.id(), tess.accountId()).archived()).isFalse();

        test(button("Archive")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(classes.get(created.id(), tess.accountId()).archived()).isTrue();
        assertThat($(Grid.class).withClassName("cls-grid").exists()).as("no active class left to list").isFalse();
        assertThat($(Div.class).withClassName("empty-state").single().getElement().getTextRecursively()).startsWith("No class yet.");
        test($(Checkbox.class).withCaption("Show archived classes").single()).click();
        assertThat(test(grid()).size()).isPositive();
        assertThat(test(grid()).getRow(0)).extracting(ClassSummary::archived).isEqualTo(true);
    }

    @Test
    void aNewJoinCodeIsMadeOnlyAfterConfirmation() {
        var created = classes.create("Greek", tess.accountId());
        navigate(ClassesView.class);
        test(manageButton(0)).click();

        test(button("New code")).click();
        var confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getText()).contains(created.joinCode());
        test(confirm).confirm();

        var renewed = classes.get(created.id(), tess.accountId()).joinCode();
        assertThat(renewed).isNotEqualTo(created.joinCode());
        assertThat($(Span.class).withClassName("cls-code").single().getText()).isEqualTo(renewed);
    }

    @Test
    void aStudentIsRemovedFromTheRosterAfterConfirmation() {
        var created = classes.create("Spanish", tess.accountId());
        var sam = TestAccounts.student(accounts, "Sam Student");
        var amira = TestAccounts.student(accounts, "Amira Haddad");
        classes.join(created.joinCode(), sam.accountId());
        classes.join(created.joinCode(), amira.accountId());
        navigate(ClassesView.class);
        test(manageButton(0)).click();

        @SuppressWarnings("unchecked")
        Grid<RosterEntry> roster = $(Grid.class, $(Dialog.class).last()).single();
        assertThat(test(roster).getRow(1).displayName()).isEqualTo("Sam Student");
        test((Button) test(roster).getCellComponent(1, 1)).click();
        var confirm = $(ConfirmDialog.class).last();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove Sam Student?");
        test(confirm).confirm();

        assertThat(classes.studentsOf(created.id(), tess.accountId())).extracting(RosterEntry::displayName)
                .containsExactly("Amira Haddad");
        assertThat(test(roster).size()).isEqualTo(1);
    }

    @Test
    void renamingShowsTheNewNameInTheList() {
        var created = classes.create("Frnch", tess.accountId());
        navigate(ClassesView.class);
        test(manageButton(0)).click();
        test(button("Rename")).click();

        test(dialogField()).setValue("French");
        test(button("Save name")).click();

        assertThat(classes.get(created.id(), tess.accountId()).name()).isEqualTo("French");
        assertThat(test(grid()).getRow(0).name()).isEqualTo("French");
        assertThat(List.of($(Dialog.class).last().getHeaderTitle())).containsExactly("French");
    }

    private Button button(String text) {
        return $(Button.class).withText(text).last();
    }

    private Button manageButton(int row) {
        return (Button) test(grid()).getCellComponent(row, 1);
    }

    private TextField dialogField() {
        return $(TextField.class, $(Dialog.class).last()).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClassSummary> grid() {
        return $(Grid.class).withClassName("cls-grid").single();
    }
}
