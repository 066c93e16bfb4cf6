package org.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "join-view-sam", roles = "STUDENT")
class JoinClassViewTest extends SpringBrowserlessTest {

    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser sam;
    SignedInUser tess;

    @BeforeEach
    void signedIn() {
        sam = TestAccounts.signedIn(accounts, "join-view-sam", Role.STUDENT);
        tess = TestAccounts.instructor(accounts, "Tess Teacher");
    }

    @Test
    void theStudentSeesTheClassesTheyAreIn() {
        var history = classes.create("History 9B", tess.accountId());
        classes.join(history.joinCode(), sam.accountId());

        navigate(JoinClassView.class);

        assertThat(classNames()).contains("History 9B");
    }

    @Test
    void joiningWithACodeSaysSoListsTheClassAndLinksBackToTheStartPage() {
        var geography = uniqueClass("Geography");
        navigate(JoinClassView.class);

        test(codeField()).setValue(geography.joinCode().toLowerCase());
        test($(Button.class).withText("Join class").single()).click();

        var joined = $(Div.class).withClassName("signup-joined").single();
        assertThat(joined.getElement().getTextRecursively()).contains("You joined " + geography.name() + ".");
        assertThat($(Anchor.class, joined).single().getHref()).isEqualTo("student");
        assertThat(classNames()).contains(geography.name());
        assertThat(classes.classesOf(sam.accountId())).extracting(ClassSummary::id).contains(geography.id());
        assertThat(codeField().getValue()).as("ready for another code").isEmpty();
    }

    @Test
    void aWrongCodeIsExplainedUnderTheFieldAndJoinsNothing() {
        navigate(JoinClassView.class);
        var before = classes.classesOf(sam.accountId());

        test(codeField()).setValue("ZZZZ2222");
        test($(Button.class).withText("Join class").single()).click();

        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage())
                .isEqualTo("No open class has the code ZZZZ2222. Check the code with your instructor.");
        assertThat($(Div.class).withClassName("signup-joined").exists()).isFalse();
        assertThat(classes.classesOf(sam.accountId())).isEqualTo(before);
    }

    @Test
    void anArchivedClassAndOneTheStudentIsInAlreadyGetTheirOwnMessages() {
        var latin = uniqueClass("Latin");
        classes.join(latin.joinCode(), sam.accountId());
        var old = uniqueClass("Old Greek");
        classes.archive(old.id(), tess.accountId());
        navigate(JoinClassView.class);

        test(codeField()).setValue(latin.joinCode());
        test($(Button.class).withText("Join class").single()).click();
        assertThat(codeField().getErrorMessage()).isEqualTo("You are already in " + latin.name() + ".");

        test(codeField()).setValue(old.joinCode());
        test($(Button.class).withText("Join class").single()).click();
        assertThat(codeField().getErrorMessage()).startsWith("No open class has the code " + old.joinCode());
        assertThat(classNames()).doesNotContain(old.name());
    }

    // The signed-in student keeps their classes across tests, so each test's class has a name of its own.
    private ClassSummary uniqueClass(String name) {
        return classes.create(name + " " + System.nanoTime(), tess.accountId());
    }

    private TextField codeField() {
        return $(TextField.class).withCaption("Class code").single();
    }

    private java.util.List<String> classNames() {
        return $(ListItem.class).all().stream().map(ListItem::getText).toList();
    }
}
